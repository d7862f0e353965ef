#!/usr/bin/env bash
# The main job: set-up, a release build, and the analysis of the shipped data into
# notebooks-output/. Until the report command exists this runs the demonstration: the July 2023
# reporting's own figures (2,076 AWOL cases in the first half of 2023, "double all of 2022")
# through `courtstat test poisson`, and writes the results to notebooks-output/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "courtstat: building (release)..." >&2
swift build -c release --product courtstat >&2
bin=$(swift build -c release --show-bin-path)/courtstat
out=notebooks-output/demo
mkdir -p "$out"

# F001: 2,076 cases received in H1 2023 (Mediazona via The Moscow Times, 2023-07-19).
# F041: 1,001 cases in all of 2022 (Mediazona's own tally). The claim: "double all of 2022".
as_counts() { "$bin" test poisson --x 2076,1001 --t 1,1 --r 2 --alternative greater "$@"; }
per_day() { "$bin" test poisson --x 2076,1001 --t 181,365 --r 2 --alternative greater "$@"; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
as_counts --format csv > "$tmp/h1-2023-vs-2022-as-counts.csv"
per_day --format csv > "$tmp/h1-2023-vs-2022-per-day.csv"
mv "$tmp"/*.csv "$out"/

echo
echo "2,076 cases in H1 2023 against 1,001 in 2022, as counts (is the ratio above 2?):"
as_counts --format table
echo
echo "The same per day of each period (181 days against 365):"
per_day --format table
echo
echo "courtstat: results written to $out/ (h1-2023-vs-2022-as-counts.csv, h1-2023-vs-2022-per-day.csv)"
