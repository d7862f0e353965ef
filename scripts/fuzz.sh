#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer: builds every harness in Fuzz/Harnesses with
# `swiftc -sanitize=fuzzer,address` (plus the sources it exercises), replays the committed
# regression inputs (Fuzz/regressions/NAME), fuzzes each harness for SECONDS (default 120; two
# at a time on this 2-core machine) from its seed corpus (Fuzz/corpus/NAME), and prints per
# harness the executions, coverage (libFuzzer's cov: edges and ft: features) and the crashes,
# leaks, timeouts and out-of-memory inputs found. Exit status 1 if anything was found.
#
#   bash scripts/fuzz.sh [SECONDS]       # default 120 s per harness
#   FUZZ_ONLY="cases periods" bash scripts/fuzz.sh 30
#   FUZZ_WORK=.build-fuzz-mine bash scripts/fuzz.sh     # a build and corpus folder of its own
#
# New corpus entries go to .build-fuzz/corpus/NAME (the committed seeds are only read);
# failing inputs to .build-fuzz/artifacts/NAME/. Without a fuzzing toolchain (swiftc that can
# link -sanitize=fuzzer) it prints why and exits 0, so that CI's smoke run skips rather than fails.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
work=${FUZZ_WORK:-.build-fuzz}    # FUZZ_WORK=.build-fuzz-NAME keeps two runs apart
harnesses=${FUZZ_ONLY:-"cases periods figures arguments claims"}
mkdir -p "$work/bin" "$work/src" "$work/logs"

if ! command -v swiftc >/dev/null 2>&1; then
    echo "fuzz: skipped: no swiftc on PATH"; exit 0
fi
printf '@_cdecl("LLVMFuzzerTestOneInput") public func f(_ d: UnsafePointer<UInt8>, _ n: Int) -> Int32 { 0 }\n' > "$work/src/probe.swift"
if ! swiftc -parse-as-library -sanitize=fuzzer,address "$work/src/probe.swift" -o "$work/bin/probe" >"$work/logs/probe.log" 2>&1; then
    echo "fuzz: skipped: swiftc cannot build a libFuzzer binary here ($(grep -m1 -i error "$work/logs/probe.log"))"; exit 0
fi

# The sources each harness is compiled with (one module, so internal API is reachable), and
# the C headers they import (CourtstatData's byte masks). The claims reader is a folder of its
# own (Sources/CourtstatData/Claims) that needs nothing but Foundation and CourtstatStatus.
headers() { case $1 in cases|periods|figures) echo -I Sources/CByteMasks/include ;; esac; }
# CourtstatStatus (the exit status every error type carries) is a module of its own: built once,
# with the same sanitizers, and linked into every harness.
mkdir -p "$work/mod"
if ! swiftc -parse-as-library -O -sanitize=fuzzer,address -module-name CourtstatStatus -emit-module \
        -emit-module-path "$work/mod/CourtstatStatus.swiftmodule" -emit-library -static \
        Sources/CourtstatStatus/*.swift -o "$work/mod/libCourtstatStatus.a" >"$work/logs/build-status.log" 2>&1; then
    cat "$work/logs/build-status.log" >&2; echo "fuzz: building CourtstatStatus failed" >&2; exit 1
fi
sources() {
    case $1 in
        cases|periods|figures) echo Sources/CourtstatData/*.swift Sources/CourtstatData/Ingest/*.swift Fuzz/Support/MemoryFile.swift ;;
        arguments) echo Sources/courtstat/ArgumentValues.swift Sources/courtstat/ArgumentProblem.swift Sources/courtstat/CLIError.swift ;;
        claims) echo Sources/CourtstatData/Claims/*.swift ;;
    esac
}
max_len() { case $1 in cases|figures) echo 8192 ;; claims) echo 4096 ;; *) echo 256 ;; esac; }

echo "fuzz: building $(echo $harnesses | wc -w) harnesses (swiftc -O -sanitize=fuzzer,address)" >&2
for h in $harnesses; do
    # shellcheck disable=SC2046
    if ! swiftc -parse-as-library -O -sanitize=fuzzer,address -module-name "Fuzz_$h" \
            -I "$work/mod" -L "$work/mod" -lCourtstatStatus $(headers "$h") $(sources "$h") "Fuzz/Harnesses/$h.swift" -o "$work/bin/$h" >"$work/logs/build-$h.log" 2>&1; then
        grep -v "Cannot export local symbol" "$work/logs/build-$h.log" >&2
        echo "fuzz: building $h failed" >&2; exit 1
    fi
done

# Every committed regression input must run clean.
status=0
for h in $harnesses; do
    dir=Fuzz/regressions/$h
    if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
        if ! ASAN_OPTIONS=detect_leaks=1 "$work/bin/$h" "$dir"/* >"$work/logs/regress-$h.log" 2>&1; then
            echo "fuzz: a regression input of $h fails again (see $work/logs/regress-$h.log)" >&2; status=1
        fi
    fi
done

run() {
    local h=$1
    rm -rf "$work/artifacts/$h"; mkdir -p "$work/corpus/$h" "$work/artifacts/$h"
    local dict=()
    [ -f "Fuzz/dict/$h.dict" ] && dict=(-dict="Fuzz/dict/$h.dict")
    "$work/bin/$h" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len="$(max_len "$h")" \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/$h/" "${dict[@]}" \
        "$work/corpus/$h" "Fuzz/corpus/$h" >"$work/logs/fuzz-$h.log" 2>&1
    echo $? >"$work/logs/fuzz-$h.status"
}

echo "fuzz: $seconds s per harness, two at a time" >&2
running=0
for h in $harnesses; do
    run "$h" &
    running=$((running + 1))
    if [ $running -ge 2 ]; then wait -n; running=$((running - 1)); fi
done
wait

total=0
printf '| harness | executions | exec/s | coverage (cov / ft) | corpus | crashes | leaks | timeouts | oom |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for h in $harnesses; do
    log=$work/logs/fuzz-$h.log
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
    cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]*' | tail -1 | awk '{print $2}')
    ft=$(grep -E '^#[0-9]+' "$log" | grep -o 'ft: [0-9]*' | tail -1 | awk '{print $2}')
    corpus=$(ls "$work/corpus/$h" | wc -l)
    count() { ls "$work/artifacts/$h" 2>/dev/null | grep -c "^$1-" ; }
    crashes=$(count crash); leaks=$(count leak); timeouts=$(count timeout); ooms=$(count oom)
    code=$(cat "$work/logs/fuzz-$h.status")
    total=$((total + ${execs:-0}))
    printf '| %s | %s | %s | %s / %s | %s | %s | %s | %s | %s |\n' "$h" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "$corpus" "$crashes" "$leaks" "$timeouts" "$ooms"
    if [ "$code" != 0 ] || [ $((crashes + leaks + timeouts + ooms)) -gt 0 ]; then
        echo "fuzz: $h found a problem (exit $code); inputs in $work/artifacts/$h/, log $log" >&2; status=1
    fi
done
printf '\ntotal executions: %s in %s s per harness\n' "$total" "$seconds"
exit $status
