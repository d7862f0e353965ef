#!/usr/bin/env bash
# Import benchmark (issue 17; a benchmark, not a test): makes a 1M-row newsroom scrape with the
# fixture generator (scripts/make-scrape-fixtures.py --rows N --scrape-only: `;`-separated UTF-8 as
# sudrfscraper writes it, every spelling variant of the committed fixtures, one row in 16 to be
# rejected), then times
#   courtstat import FILE --profile sudrf --out OUT --rejects REJ      (release build)
#   python3 scripts/bench/import_pandas.py FILE ...                    (pandas read_csv + the same
#                                                                        normalisation, vectorised)
#   wc -l                                                              (the floor: reading the bytes once)
# in the same run, taking turns: the median wall time of RUNS runs, the ratio to courtstat, and peak
# memory (maximum resident set size from /usr/bin/time). Before timing, one run of each checks that
# courtstat and pandas write the same output and reject the same lines (the comparison is only fair if
# they do the same work). Results go to notebooks-output/benchmarks/ (import.md and import.csv) and are
# printed. The scrape lives in a temporary folder and is deleted at the end.
#
# Goals (issue 17): courtstat's peak memory under 64 MB, and at least 3 times faster than pandas.
#
# Environment: ROWS (default 1000000), RUNS (default 5), BENCH_TMP (default /tmp), COURTSTAT_SCRATCH
# (SwiftPM scratch path, default .build), COURTSTAT_BIN (a courtstat binary to use instead of building
# one), BENCH_VENV (default /tmp/courtstat-bench-venv, used only when python3 lacks pandas), BENCH_OUT
# (folder of the results, default notebooks-output/benchmarks).
#
# If the binary has no `import` command yet, the script says so, times pandas and wc -l alone and
# writes no results files (exit status 69); if any run fails, it writes none either (exit status 1).
set -euo pipefail
export LC_ALL=C          # "." in EPOCHREALTIME and in the printed numbers
cd "$(dirname "$0")/.."
rows=${ROWS:-1000000}
runs=${RUNS:-5}
venv=${BENCH_VENV:-/tmp/courtstat-bench-venv}
out_dir=${BENCH_OUT:-notebooks-output/benchmarks}

say() { echo "bench-import: $*" >&2; }

# --- tools -------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ]; then
    say "installing time (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; } \
        || say "could not install time"
fi
[ -x /usr/bin/time ] || { say "/usr/bin/time is needed (apt-get install time)"; exit 69; }
py=python3
if ! python3 -c 'import pandas, numpy' >/dev/null 2>&1; then
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pandas, numpy' >/dev/null 2>&1; then
        say "installing pandas into $venv (pip)"
        python3 -m venv "$venv" && "$venv/bin/pip" install -q pandas >&2 || { say "pip install pandas failed"; exit 69; }
    fi
    py="$venv/bin/python"
fi
pandas_version=$("$py" -c 'import pandas; print(pandas.__version__)')

if [ -n "${COURTSTAT_BIN:-}" ]; then
    bin=$COURTSTAT_BIN
else
    say "building courtstat (release)"
    bin=$(bash scripts/build-release.sh)      # honours COURTSTAT_SCRATCH
fi
have_import=1
# (`courtstat import --help` is no test: an unknown subcommand prints the overall help, status 0)
if ! "$bin" --help 2>/dev/null | grep -Eq '^ +import( |$)'; then
    have_import=0
    say "courtstat at $bin has no 'import' command yet (\`courtstat --help\` lists none):"
    say "timing pandas and wc -l only; no results written. Merge issue 17's importer and run again."
fi

tmp=$(mktemp -d "${BENCH_TMP:-/tmp}/courtstat-bench-import.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
need_kb=$(( 1500 * rows / 1000 ))          # the scrape (~500 bytes a row) and two outputs each
free_kb=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -gt "$need_kb" ] || { say "not enough space in $tmp (need about $need_kb KB)"; exit 73; }

file="$tmp/scrape_utf8_semicolon.csv"
say "making a scrape of $rows rows (scripts/make-scrape-fixtures.py --scrape-only)"
python3 scripts/make-scrape-fixtures.py --rows "$rows" --scrape-only --out-dir "$tmp"
n=$(( $(wc -l < "$file") - 1 ))
mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.0f", b / 1e6 }')
say "$n rows, $mb MB"
courts=datasets/garrison_courts.csv

# One run of a tool: prints "seconds peak_kb". Wall time from bash's EPOCHREALTIME around the run,
# peak memory from /usr/bin/time.
run_tool() {
    local t0 t1 tool=$1
    case $1 in
        courtstat) set -- "$bin" import "$file" --profile sudrf --out "$tmp/courtstat.csv" --rejects "$tmp/courtstat_rejects.csv" ;;
        pandas) set -- "$py" scripts/bench/import_pandas.py "$file" "$courts" "$tmp/pandas.csv" "$tmp/pandas_rejects.csv" ;;
        wc_-l) set -- wc -l "$file" ;;
    esac
    t0=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/stderr.txt" \
        || { say "failed: $*"; cat "$tmp/stderr.txt" >&2; echo "$tool" >> "$tmp/failed.txt"; }
    t1=$EPOCHREALTIME
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }') $(tail -1 "$tmp/time.txt")"
}

# A tool's runs in $tmp/runs.txt: "median_seconds largest_peak_kb".
source scripts/bench/stats.sh

cat "$file" > /dev/null          # warm the page cache for everyone alike
tools=(wc_-l pandas)
[ "$have_import" = 1 ] && tools=(courtstat wc_-l pandas)

# --- the same work? ---------------------------------------------------------------------------
same="not checked (no import command)"
: > "$tmp/runs.txt"
for tool in "${tools[@]}"; do echo "$tool $(run_tool "$tool")" >> "$tmp/runs.txt"; done   # round 1
if [ "$have_import" = 1 ]; then
    # rejects: line, column, value must agree (the reason's wording is each tool's own)
    if "$py" - "$tmp" > "$tmp/same.txt" <<'EOF'
import sys, pandas as pd
t = sys.argv[1]
out = open(f"{t}/courtstat.csv", "rb").read() == open(f"{t}/pandas.csv", "rb").read()
keys = ["line", "column", "value"]
a = pd.read_csv(f"{t}/courtstat_rejects.csv", dtype=str, keep_default_na=False)[keys]
b = pd.read_csv(f"{t}/pandas_rejects.csv", dtype=str, keep_default_na=False)[keys]
rej = a.equals(b)
print(("output identical" if out else "OUTPUT DIFFERS") + ", " +
      (f"the same {len(a)} rejects (line, column, value)" if rej else f"REJECTS DIFFER ({len(a)} vs {len(b)})"))
EOF
    then same=$(cat "$tmp/same.txt"); else same="CHECK FAILED (an output missing or unreadable, see above)"; fi
    say "courtstat vs pandas: $same"
fi
say "round 1 of $runs: ${tools[*]}"
# The tools take turns, one run each per round, so that a slower spell of this shared machine
# falls on all of them alike rather than on whichever tool was running.
for round in $(seq 2 "$runs"); do
    for tool in "${tools[@]}"; do echo "$tool $(run_tool "$tool")" >> "$tmp/runs.txt"; done
    say "round $round of $runs: ${tools[*]}"
done

if [ -s "$tmp/failed.txt" ]; then
    say "runs failed ($(sort -u "$tmp/failed.txt" | paste -sd' ')): no results written"
    exit 1
fi
if [ "$have_import" = 0 ]; then
    for tool in "${tools[@]}"; do
        set -- $(stats "$tool")
        say "$tool: median $1 s, peak $(( $2 / 1024 )) MB"
    done
    exit 69
fi

mkdir -p "$out_dir"
base=$(stats courtstat | awk '{ print $1 }')
echo "rows,file_mb,tool,median_s,ratio_to_courtstat,peak_mb,runs" > "$tmp/import.csv"
for tool in "${tools[@]}"; do
    set -- $(stats "$tool")
    awk -v rows="$n" -v mb="$mb" -v tool="$tool" -v t="$1" -v kb="$2" -v base="$base" -v runs="$runs" \
        'BEGIN { printf "%d,%s,%s,%.4f,%.2f,%.1f,%d\n", rows, mb, tool, t, t / base, kb / 1024, runs }' >> "$tmp/import.csv"
done
sed -i 's/,wc_-l,/,wc -l,/' "$tmp/import.csv"
csv="$out_dir/import.csv"
mv "$tmp/import.csv" "$csv"

ratio=$(awk -F, '$3 == "pandas" { print $5 }' "$csv")
peak=$(awk -F, '$3 == "courtstat" { print $6 }' "$csv")
md="$out_dir/import.md"
{
    echo "# Import benchmark: a newsroom scrape into the case schema"
    echo
    echo "Made by scripts/bench-import.sh on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m); pandas $pandas_version; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))."
    echo "The scrape: $n rows, $mb MB, \`;\`-separated UTF-8 from scripts/make-scrape-fixtures.py --rows $rows --scrape-only (every spelling variant of the fixtures; one row in 16 rejected)."
    echo "courtstat: \`courtstat import FILE --profile sudrf --out OUT --rejects REJ\`; pandas: scripts/bench/import_pandas.py (read_csv, then the same normalisation, vectorised). Checked before timing: $same."
    echo "Median wall time of $runs runs, the tools taking turns (one run each per round); ratio = time / courtstat's time (above 1: slower than courtstat); peak = maximum resident set size."
    echo
    echo "| rows | MB | tool | median s | ratio to courtstat | peak MB |"
    echo "|---:|---:|---|---:|---:|---:|"
    tail -n +2 "$csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
    echo
    echo "Goals (issue 17): pandas at least 3 times courtstat's time — $(awk -v r="$ratio" 'BEGIN { print (r >= 3 ? "met" : "NOT met") }') ($ratio); courtstat's peak memory under 64 MB — $(awk -v p="$peak" 'BEGIN { print (p < 64 ? "met" : "NOT met") }') ($peak MB)."
} > "$md"
cat "$md"
