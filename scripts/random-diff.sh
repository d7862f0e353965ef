#!/usr/bin/env bash
# random-diff.sh -- the randomized differential harness against R on other seeds (issue 19).
#
# Usage, from the repository root:   bash scripts/random-diff.sh [seed ...]
# Default seeds: 101 to 110 (the committed fixtures use seed 19). For each seed:
# scripts/make-random-fixtures.R draws 300 inputs per function and computes R's answers into a
# scratch folder, then the Swift harness (RandomDifferentialTests, RandomFitDifferentialTests,
# the same code `swift test` runs on the committed fixtures) compares courtstat's library with
# them. Prints one line per seed and function (cases, refused by both, disagreements) and exits
# 1 if any seed disagrees. Requires R with MASS, and a debug test build (`swift build
# --build-tests`; built here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=("$@"); [ ${#seeds[@]} -gt 0 ] || seeds=($(seq 101 110))
# RANDOM_DIFF_DIR: keep the fixtures there (and reuse a seed's if its folder is complete).
if [ -n "${RANDOM_DIFF_DIR:-}" ]; then scratch=$RANDOM_DIFF_DIR; mkdir -p "$scratch"
else scratch=$(mktemp -d "${TMPDIR:-/tmp}/courtstat-random.XXXXXX"); trap 'rm -rf "$scratch"' EXIT; fi
swift build --build-tests >/dev/null
# A copy of the generator, so that editing it while this runs cannot change a run under way.
cp scripts/make-random-fixtures.R "$scratch/make-random-fixtures.R"
failed=0
for seed in "${seeds[@]}"; do
  dir="$scratch/seed-$seed"
  if ! grep -q "^fit_logistic" "$dir.log" 2>/dev/null; then
    Rscript "$scratch/make-random-fixtures.R" "$seed" "$dir" 300 > "$dir.log" 2>&1 || { echo "seed $seed: R failed"; cat "$dir.log"; failed=1; continue; }
  fi
  sed "s/^/seed $seed: /" "$dir.log"
  if COURTSTAT_RANDOM_FIXTURES="$dir" swift test --skip-build \
       --filter 'RandomDifferentialTests|RandomFitDifferentialTests' > "$dir.test" 2>&1; then
    echo "seed $seed: every function agrees with R"
  else
    echo "seed $seed: DISAGREEMENTS"; grep -E 'disagree|^  ' "$dir.test" | head -40
    failed=1
  fi
done
exit $failed
