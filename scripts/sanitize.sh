#!/usr/bin/env bash
# The whole test suite under sanitizers, each in its own build folder so that none disturbs
# the normal build: AddressSanitizer with LeakSanitizer (.build-asan), UndefinedBehaviorSanitizer
# (.build-ubsan) and ThreadSanitizer (.build-tsan). The CLI tests run the sanitized courtstat
# binary, so the GSL boundary, the readers, the writers and the signal handler are exercised.
#
#   bash scripts/sanitize.sh                   # address, undefined, thread
#   bash scripts/sanitize.sh address           # one or more of: address, undefined, thread
#
# A finding fails the run. Swift 6.3 on Linux refuses -sanitize=undefined for Swift code
# ("unsupported option"), and the package's only C code (CByteMasks, a header of static inline
# SSE2 functions) is compiled into the Swift modules that import it (Swift itself traps on
# integer overflow and out-of-bounds access); that kind is then reported as skipped, with the
# compiler's words. Slow: each kind is a full build (4-5 minutes here).
set -uo pipefail
cd "$(dirname "$0")/.."
kinds=${*:-address undefined thread}
failed=0
for kind in $kinds; do
    case $kind in
        address) scratch=.build-asan
                 export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
                 # Leaks inside Foundation's Process and XCTest's runner (see the file); the
                 # variable reaches the courtstat processes the CLI tests start.
                 export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0} ;;
        undefined) scratch=.build-ubsan; export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} ;;
        thread) scratch=.build-tsan; export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1} ;;
        *) echo "sanitize: unknown sanitizer '$kind' (address, undefined or thread)" >&2; exit 64 ;;
    esac
    echo "sanitize: swift test --sanitize=$kind --scratch-path $scratch" >&2
    start=$(date +%s)
    log=$(mktemp)
    if ! swift build --build-tests --sanitize="$kind" --scratch-path "$scratch" 2>&1 | tee "$log"; then
        if grep -q "unsupported option '-sanitize=$kind'" "$log"; then
            echo "sanitize: $kind: skipped: $(grep -m1 "unsupported option" "$log" | sed 's/^error: //')" >&2
            rm -f "$log"; continue
        fi
        echo "sanitize: $kind: the build failed" >&2; failed=1; rm -f "$log"; continue
    fi
    rm -f "$log"
    if swift test --skip-build --sanitize="$kind" --scratch-path "$scratch"; then
        echo "sanitize: $kind: passed in $(( $(date +%s) - start )) s" >&2
    else
        echo "sanitize: $kind: FAILED" >&2; failed=1
    fi
done
exit $failed
