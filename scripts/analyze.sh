#!/usr/bin/env bash
# The main job: set-up (libgsl-dev, gnuplot), a release build, and `courtstat report` on the
# shipped data into notebooks-output/: the weekly Art. 337 trend and the mobilised-vs-contract
# comparison on the synthetic case data, the published tallies, and the July 2023 claims checked
# on the published figures and on the synthetic cases. Ends by saying where the report is.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "courtstat: building (release)..." >&2
bin=$(bash scripts/build-release.sh)
"$bin" report \
    --data datasets/cases_synthetic_2021_2024.csv \
    --figures datasets/published_figures.csv \
    --claims datasets/claims/mediazona-2023-07.toml \
    --out notebooks-output
echo
echo "courtstat: the report is notebooks-output/report.md (charts: notebooks-output/*.png and *.svg; tables: notebooks-output/*.csv)"
