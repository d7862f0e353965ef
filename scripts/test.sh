#!/usr/bin/env bash
# The whole test suite: set-up (libgsl-dev, gnuplot), build, and every test target.
# This is exactly what .ci/run runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
