#!/usr/bin/env bash
# Ingest benchmark (issue 4; a benchmark, not a test): makes 1M- and 10M-row synthetic case files
# with `courtstat simulate`, then times the same weekly counts by article with
#   courtstat count FILE --by week --split article      (release build)
#   pandas, polars, DuckDB (PyPI, in a venv under /tmp) and R data.table (Debian's r-cran-data.table)
#   wc -l                                                (the floor: reading the bytes once)
# in the same run, taking turns: the median wall time of RUNS runs, the ratio to courtstat, and peak memory
# (maximum resident set size from /usr/bin/time). Results go to notebooks-output/benchmarks/
# (ingest.md and ingest.csv) and are printed. The case files live in a temporary folder and are
# deleted at the end.
#
# Environment: BENCH_SIZES (default "1000000 10000000"), RUNS (default 5), BENCH_TMP (default
# /tmp), COURTSTAT_SCRATCH (SwiftPM scratch path, default .build), BENCH_VENV (default
# /tmp/courtstat-bench-venv).
#
# Note on fairness: courtstat checks every field of every row (dates exist, statuses and
# sentence types known, terms in range, rows as wide as the header, UTF-8, quoting); the
# others only parse the two columns they need.
set -euo pipefail
export LC_ALL=C          # "." in EPOCHREALTIME and in the printed numbers
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=${BENCH_SIZES:-"1000000 10000000"}
runs=${RUNS:-5}
venv=${BENCH_VENV:-/tmp/courtstat-bench-venv}
out_dir=notebooks-output/benchmarks
mkdir -p "$out_dir"

say() { echo "bench-ingest: $*" >&2; }

# --- tools -------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ] || ! Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        say "installing time and r-cran-data.table (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time r-cran-data.table >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time r-cran-data.table >/dev/null 2>&1; } \
            || say "could not install time / r-cran-data.table"
    fi
fi
[ -x /usr/bin/time ] || { say "/usr/bin/time is needed (apt-get install time)"; exit 69; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pandas, polars, duckdb' >/dev/null 2>&1; then
    say "installing pandas, polars and duckdb into $venv (pip)"
    python3 -m venv "$venv" && "$venv/bin/pip" install -q pandas polars duckdb >&2 || say "pip install failed; Python tools skipped"
fi
py="$venv/bin/python"

say "building courtstat (release)"
bin=$(bash scripts/build-release.sh)      # honours COURTSTAT_SCRATCH

tmp=$(mktemp -d "${BENCH_TMP:-/tmp}/courtstat-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
need_kb=$(( 130 * $(echo "$sizes" | tr ' ' '\n' | sort -n | tail -1) / 1000 ))
free_kb=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -gt "$need_kb" ] || { say "not enough space in $tmp (need about $need_kb KB)"; exit 73; }

# --- the competitors: the same weekly counts (ISO weeks, Monday start) by article -------------
cat > "$tmp/pandas_count.py" <<'EOF'
import sys, pandas as pd
d = pd.read_csv(sys.argv[1], usecols=["received_date", "article"], dtype={"article": str})
day = pd.to_datetime(d["received_date"], format="%Y-%m-%d")
week = day - pd.to_timedelta(day.dt.weekday, unit="D")
d.groupby([week, d["article"]]).size().rename("n").to_csv(sys.argv[2])
EOF
cat > "$tmp/polars_count.py" <<'EOF'
import sys, polars as pl
(pl.scan_csv(sys.argv[1], schema_overrides={"article": pl.Utf8, "part": pl.Utf8})
   .select(pl.col("received_date").str.to_date("%Y-%m-%d").dt.truncate("1w").alias("week"), pl.col("article"))
   .group_by(["week", "article"]).len().sort(["week", "article"]).collect().write_csv(sys.argv[2]))
EOF
cat > "$tmp/duckdb_count.py" <<'EOF'
import sys, duckdb
duckdb.sql(f"""COPY (SELECT date_trunc('week', CAST(received_date AS DATE)) AS week, article, count(*) AS n
               FROM read_csv('{sys.argv[1]}', header = true, types = {{'article': 'VARCHAR', 'part': 'VARCHAR'}})
               GROUP BY ALL ORDER BY ALL) TO '{sys.argv[2]}' (HEADER)""")
EOF
cat > "$tmp/datatable_count.R" <<'EOF'
suppressMessages(library(data.table))
a <- commandArgs(TRUE)
d <- fread(a[1], select = c("received_date", "article"), colClasses = list(character = "article"))
day <- as.IDate(d$received_date)
d[, week := day - (wday(day) + 5L) %% 7L]
fwrite(d[, .N, by = .(week, article)][order(week, article)], a[2])
EOF

have_py=0; "$py" -c 'import pandas, polars, duckdb' >/dev/null 2>&1 && have_py=1
have_r=0; Rscript -e 'suppressMessages(library(data.table))' >/dev/null 2>&1 && have_r=1

# One run of a tool on $file: prints "seconds peak_kb". The wall time is read from bash's
# EPOCHREALTIME around the run (microseconds; /usr/bin/time's %e has 10-ms steps, a fifth of
# courtstat's time at 1M rows); /usr/bin/time gives the peak memory (maximum resident set size).
run_tool() {
    local t0 t1
    case $1 in
        courtstat) set -- "$bin" count "$file" --by week --split article --format csv ;;
        wc_-l) set -- wc -l "$file" ;;
        pandas|polars|duckdb) set -- "$py" "$tmp/${1}_count.py" "$file" "$tmp/$1.out" ;;
        data.table) set -- Rscript "$tmp/datatable_count.R" "$file" "$tmp/dt.out" ;;
    esac
    t0=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$tmp/time.txt" "$@" >/dev/null 2>&1 || say "failed: $*"
    t1=$EPOCHREALTIME
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }') $(tail -1 "$tmp/time.txt")"
}

# A tool's runs in $tmp/runs.txt: "median_seconds largest_peak_kb".
source scripts/bench/stats.sh

tools=(courtstat wc_-l)
[ "$have_py" = 1 ] && tools+=(pandas polars duckdb)
[ "$have_r" = 1 ] && tools+=(data.table)

csv="$out_dir/ingest.csv"
echo "rows,file_mb,tool,median_s,ratio_to_courtstat,peak_mb,runs" > "$tmp/ingest.csv"
params="$tmp/params.json"
for rows in $sizes; do
    # The shipped parameters give about 19,700 cases; rate_scale scales every weekly rate.
    python3 - "$rows" "$params" <<'EOF'
import json, sys
p = json.load(open("datasets/simulation-params.json"))
p["rate_scale"] = int(sys.argv[1]) / 19676
json.dump(p, open(sys.argv[2], "w"))
EOF
    file="$tmp/cases_$rows.csv"
    say "simulating about $rows rows"
    "$bin" simulate --params "$params" --seed 1 --out "$file" --format csv >/dev/null
    n=$(( $(wc -l < "$file") - 1 ))
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.0f", b / 1e6 }')
    say "$n rows, $mb MB"
    cat "$file" > /dev/null          # warm the page cache for everyone alike
    # The tools take turns, one run each per round, so that a slower spell of this shared
    # machine falls on all of them alike rather than on whichever tool was running.
    : > "$tmp/runs.txt"
    for round in $(seq "$runs"); do
        for tool in "${tools[@]}"; do echo "$tool $(run_tool "$tool")" >> "$tmp/runs.txt"; done
        say "round $round of $runs: ${tools[*]}"
    done
    base=$(stats courtstat | awk '{ print $1 }')
    for tool in "${tools[@]}"; do
        set -- $(stats "$tool")
        awk -v rows="$n" -v mb="$mb" -v tool="$tool" -v t="$1" -v kb="$2" -v base="$base" -v runs="$runs" \
            'BEGIN { printf "%d,%s,%s,%.4f,%.2f,%.1f,%d\n", rows, mb, tool, t, t / base, kb / 1024, runs }' >> "$tmp/ingest.csv"
    done
done
sed -i 's/,wc_-l,/,wc -l,/' "$tmp/ingest.csv"
mv "$tmp/ingest.csv" "$csv"

md="$out_dir/ingest.md"
{
    echo "# Ingest benchmark: weekly counts by article"
    echo
    echo "Made by scripts/bench-ingest.sh on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))."
    echo "Median wall time of $runs runs, the tools taking turns (one run each per round); ratio = time / courtstat's time (above 1: slower than courtstat); peak = maximum resident set size."
    echo "courtstat checks every field of every row; the others parse only received_date and article."
    echo
    echo "| rows | MB | tool | median s | ratio to courtstat | peak MB |"
    echo "|---:|---:|---|---:|---:|---:|"
    tail -n +2 "$csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
} > "$md"
cat "$md"
