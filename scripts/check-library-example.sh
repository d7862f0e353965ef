#!/usr/bin/env bash
# Builds and runs scripts/library-example, a Swift package that depends on this checkout by path
# and uses courtstat as a library (README, "Use as a library"): a Fisher test, a Poisson GLM, and a
# claims file checked from a string,
# and a typed error that names a parameter. Fails when the example does not compile or prints other than
# expected. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/library-example"
scratch=${LIBRARY_EXAMPLE_SCRATCH:-../../.build-library-example}
out=$(swift run --scratch-path "$scratch" -q LibraryExample)
echo "$out"
grep -q '^Fisher: odds ratio 1.38' <<<"$out"
grep -q '^Poisson: time = ' <<<"$out"
grep -q '^Claim h1-2023-double-2022: ' <<<"$out"
grep -q "^Error: x: expected a whole number from 0 to n (5), got 7 (status 64)$" <<<"$out"
echo "library example: built and ran"
