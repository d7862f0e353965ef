#!/usr/bin/env bash
# The whole test suite: set-up (libgsl-dev, gnuplot), build, a fuzzing smoke, and every test target.
# This is exactly what .ci/run runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
# A short smoke of every libFuzzer harness (replays Fuzz/regressions, then a few seconds each);
# it skips with a reason where the toolchain cannot build fuzzers.
bash scripts/fuzz.sh "${FUZZ_SMOKE_SECONDS:-3}"
swift test --skip-build
# The README's "Use as a library" example, built as a separate package that depends on this
# checkout by path, and run.
bash scripts/check-library-example.sh
