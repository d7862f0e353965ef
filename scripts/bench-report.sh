#!/usr/bin/env bash
# Speed benchmark of the analysis core of `courtstat report` (issue 5, point 7; a benchmark, not
# a test). Usage: scripts/bench-report.sh [RUNS]   (default 3)
#
# Makes a synthetic case file of about 1M rows with `courtstat simulate` (the shipped parameters,
# rate_scale raised), then times, in the same run and interleaved (one run of each tool per round):
#   courtstat report --no-render --data FILE --figures datasets/published_figures.csv --out DIR
#       (release build; this also reads the figures file and writes 16 CSV/.dat/.gp files and
#       report.md; gnuplot is not run)
#   Rscript scripts/bench/report.R FILE DIR      (data.table, glm, MASS::glm.nb, fisher.test, ...)
#   python3 scripts/bench/report.py FILE DIR     (pandas, statsmodels, SciPy)
#   python3 scripts/bench/report.py FILE DIR --no-fisher-interval
#       (the same without SciPy's exact interval for the conditional odds ratio, which alone takes
#       minutes at this size)
# and, to see where courtstat's time goes, `courtstat trend` and `courtstat compare` on the same
# file (the report's two analyses as separate commands, each reading the file once). Then, for
# scaling, courtstat report, R and Python (without the Fisher interval) on smaller files.
# Reports the median wall time of RUNS runs, the ratio to courtstat, the median CPU time
# (user + system) and the peak resident memory (/usr/bin/time), the per-phase medians the R and
# Python scripts measure themselves, and the agreement of the main numbers across the three.
# Results: notebooks-output/benchmarks/report.md and report.csv (one row per run), also printed.
#
# Environment: BENCH_ROWS (default 1000000), BENCH_SCALING (smaller sizes, default
# "100000 300000"; empty: none), BENCH_TMP (default /tmp; the case files, ~110 MB for 1M rows,
# are deleted at the end), COURTSTAT_BIN (a courtstat binary to time instead of building one;
# COURTSTAT_BIN_NOTE says what it was built from, for the results),
# BENCH_MAX_LOAD (default 1.5) and BENCH_LOAD_WAIT (default 300 s): other jobs may share the
# machine, so the benchmark waits up to BENCH_LOAD_WAIT seconds for the 1-minute load average to
# fall below BENCH_MAX_LOAD, and records the load before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
target_rows=${BENCH_ROWS:-1000000}
scaling_rows=${BENCH_SCALING-100000 300000}
max_load=${BENCH_MAX_LOAD:-1.5}
load_wait=${BENCH_LOAD_WAIT:-300}
out_dir=notebooks-output/benchmarks
say() { echo "bench-report: $*" >&2; }
case "$runs" in ''|*[!0-9]*|0) say "RUNS must be a positive whole number, not '$runs'"; exit 64 ;; esac

# --- tools ---------------------------------------------------------------------------------
apt_missing=()
[ -x /usr/bin/time ] || apt_missing+=(time)
if ! command -v Rscript >/dev/null 2>&1; then
    apt_missing+=(r-base-core r-cran-data.table r-cran-mass)
else
    Rscript -e 'library(data.table)' >/dev/null 2>&1 || apt_missing+=(r-cran-data.table)
    Rscript -e 'library(MASS)' >/dev/null 2>&1 || apt_missing+=(r-cran-mass)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
    cmd="apt-get update && apt-get install -y --no-install-recommends ${apt_missing[*]}"
    say "installing ${apt_missing[*]}"
    if [ "$(id -u)" = 0 ]; then
        sh -c "export DEBIAN_FRONTEND=noninteractive; $cmd" >&2
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo sh -c "export DEBIAN_FRONTEND=noninteractive; $cmd" >&2
    else
        say "cannot install packages (not root, no password-less sudo). Run as root:"
        echo "    $cmd" >&2
        exit 69
    fi
fi
if ! python3 -c 'import pandas, statsmodels, scipy' >/dev/null 2>&1; then
    say "installing pandas, statsmodels and scipy (pip)"
    python3 -m pip install --quiet pandas statsmodels scipy >&2 || {
        say "pip failed; install them with:"
        echo "    python3 -m pip install pandas statsmodels scipy" >&2
        exit 69
    }
fi

# What is timed, noted before building: other sessions may commit or edit while this runs.
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "${COURTSTAT_BIN:-}" ]; then
    bin=$COURTSTAT_BIN
    [ -x "$bin" ] || { say "COURTSTAT_BIN=$bin is not an executable"; exit 66; }
    commit="${COURTSTAT_BIN_NOTE:-$COURTSTAT_BIN}"
else
    dirty=$(git status --porcelain -- Sources Package.swift 2>/dev/null | wc -l)
    [ "$dirty" -gt 0 ] && commit="$commit with uncommitted changes to $dirty files in Sources"
    bash scripts/setup.sh
    say "building courtstat (release)"
    bin=$(bash scripts/build-release.sh)
fi

tmp=$(mktemp -d "${BENCH_TMP:-/tmp}/courtstat-bench-report.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
free_kb=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
need_kb=$(( target_rows * 130 / 1000 + 100000 ))
[ "$free_kb" -gt "$need_kb" ] || { say "not enough space in $tmp (need about $need_kb KB)"; exit 73; }

# --- the case files --------------------------------------------------------------------------
# rate_scale multiplies every weekly rate; the count at scale 1 (same seed) gives the factor.
scaled() {  # scaled SCALE OUT_JSON
    python3 - "$1" "$2" <<'EOF'
import json, sys
p = json.load(open("datasets/simulation-params.json"))
p["rate_scale"] = float(sys.argv[1])
json.dump(p, open(sys.argv[2], "w"))
EOF
}
scaled 1 "$tmp/params.json"
"$bin" simulate --params "$tmp/params.json" --seed 1 --out "$tmp/base.csv" --format csv >/dev/null
base_rows=$(( $(wc -l < "$tmp/base.csv") - 1 ))
rm -f "$tmp/base.csv"
# make_file TARGET_ROWS FILE: sets scale and rows; within 2% of the target, else one more try.
make_file() {
    local target=$1 out=$2 attempt off
    scale=$(awk -v t="$target" -v b="$base_rows" 'BEGIN { printf "%.4f", t / b }')
    for attempt in 1 2; do
        scaled "$scale" "$tmp/params.json"
        say "simulating with rate_scale $scale (seed 1)"
        "$bin" simulate --params "$tmp/params.json" --seed 1 --out "$out" --format csv >/dev/null
        rows=$(( $(wc -l < "$out") - 1 ))
        off=$(awk -v r="$rows" -v t="$target" 'BEGIN { d = r / t - 1; print (d < -0.02 || d > 0.02) ? 1 : 0 }')
        [ "$off" = 0 ] && break
        scale=$(awk -v s="$scale" -v t="$target" -v r="$rows" 'BEGIN { printf "%.4f", s * t / r }')
    done
    say "$rows rows, $(awk -v b="$(stat -c %s "$out")" 'BEGIN { printf "%.0f", b / 1e6 }') MB"
    cat "$out" > /dev/null              # the page cache, warm for everyone alike
}
file="$tmp/cases.csv"
make_file "$target_rows" "$file"
main_rows=$rows main_scale=$scale
bytes=$(stat -c %s "$file")

# --- load ------------------------------------------------------------------------------------
load1() { cut -d' ' -f1 /proc/loadavg; }
above() { awk -v l="$1" -v m="$max_load" 'BEGIN { exit !(l > m) }'; }
waited=0
load_first=$(cut -d' ' -f1-3 /proc/loadavg)
while above "$(load1)" && [ "$waited" -lt "$load_wait" ]; do
    [ "$waited" = 0 ] && say "load average $(load1) is above $max_load: waiting up to $load_wait s for other jobs"
    sleep 15; waited=$(( waited + 15 ))
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
[ "$waited" -gt 0 ] && say "waited $waited s; load average now $load_before"

# --- the runs --------------------------------------------------------------------------------
raw="$tmp/runs.csv"
echo "rows,tool,run,wall_s,user_s,sys_s,max_rss_kb,status" > "$raw"
run_one() {  # run_one TOOL RUN OUTDIR COMMAND...   (rows: the current file's)
    local tool=$1 run=$2 dir=$3 status=0
    shift 3
    rm -rf "$dir"; mkdir -p "$dir"
    /usr/bin/time -f "%e,%U,%S,%M" -o "$tmp/time.txt" "$@" >"$tmp/stdout.txt" 2>"$tmp/stderr.txt" || status=$?
    if [ "$status" != 0 ]; then
        say "$tool failed (status $status):"; tail -5 "$tmp/stderr.txt" >&2
    fi
    echo "$rows,$tool,$run,$(tail -1 "$tmp/time.txt"),$status" >> "$raw"
}
for run in $(seq "$runs"); do
    say "round $run of $runs (load $(load1))"
    run_one courtstat "$run" "$tmp/out-courtstat" "$bin" report --no-render --data "$file" \
        --figures datasets/published_figures.csv --out "$tmp/out-courtstat"
    run_one R "$run" "$tmp/out-r" Rscript scripts/bench/report.R "$file" "$tmp/out-r"
    cp "$tmp/out-r/phases.csv" "$tmp/phases-R-$run.csv" 2>/dev/null || true
    run_one python "$run" "$tmp/out-python" python3 scripts/bench/report.py "$file" "$tmp/out-python"
    cp "$tmp/out-python/phases.csv" "$tmp/phases-python-$run.csv" 2>/dev/null || true
    run_one python-no-fisher-interval "$run" "$tmp/out-python-nfi" python3 scripts/bench/report.py "$file" \
        "$tmp/out-python-nfi" --no-fisher-interval
    cp "$tmp/out-python-nfi/phases.csv" "$tmp/phases-python-no-fisher-interval-$run.csv" 2>/dev/null || true
    run_one courtstat-trend "$run" "$tmp/out-trend" "$bin" trend "$file" --by week --article 337 --format csv
    run_one courtstat-compare "$run" "$tmp/out-compare" "$bin" compare "$file" --outcome custodial \
        --group defendant_status --a mobilized --b contract --date decision --format csv
done
cp "$tmp/out-r/results.csv" "$tmp/results-R.csv" 2>/dev/null || true
cp "$tmp/out-python/results.csv" "$tmp/results-python.csv" 2>/dev/null || true
rm -rf "$tmp/out-courtstat-main"; cp -r "$tmp/out-courtstat" "$tmp/out-courtstat-main"
rm -f "$file"

# Scaling: the same work on smaller files (the full Python script is left out: its Fisher
# interval alone takes minutes).
for target in $scaling_rows; do
    make_file "$target" "$tmp/small.csv"
    for run in $(seq "$runs"); do
        say "$rows rows: round $run of $runs (load $(load1))"
        run_one courtstat "$run" "$tmp/out-courtstat" "$bin" report --no-render --data "$tmp/small.csv" \
            --figures datasets/published_figures.csv --out "$tmp/out-courtstat"
        run_one R "$run" "$tmp/out-r" Rscript scripts/bench/report.R "$tmp/small.csv" "$tmp/out-r"
        run_one python-no-fisher-interval "$run" "$tmp/out-python-nfi" python3 scripts/bench/report.py "$tmp/small.csv" \
            "$tmp/out-python-nfi" --no-fisher-interval
    done
    rm -f "$tmp/small.csv"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the tables ------------------------------------------------------------------------------
mkdir -p "$out_dir"
RAW="$raw" TMP="$tmp" RUNS="$runs" ROWS="$main_rows" BYTES="$bytes" SCALE="$main_scale" COMMIT="$commit" \
LOAD_FIRST="$load_first" LOAD_BEFORE="$load_before" LOAD_AFTER="$load_after" WAITED="$waited" MAX_LOAD="$max_load" \
OUT_DIR="$out_dir" python3 - <<'PY'
import csv, os, platform, statistics, subprocess, datetime
env = os.environ
tmp, runs = env["TMP"], int(env["RUNS"])
allrows = list(csv.DictReader(open(env["RAW"])))
main = env["ROWS"]
def med(tool, key, n=main):
    v = [float(r[key]) for r in allrows if r["tool"] == tool and r["rows"] == n and r["status"] == "0"]
    return statistics.median(v) if v else float("nan")
def peak(tool, n=main):
    v = [int(r["max_rss_kb"]) for r in allrows if r["tool"] == tool and r["rows"] == n and r["status"] == "0"]
    return max(v) / 1024 if v else float("nan")
cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
def version(cmd):
    try: return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except Exception: return "?"
rv = version(["Rscript", "-e", 'cat("R ", R.version$major, ".", R.version$minor, ", data.table ", format(packageVersion("data.table")), ", MASS ", format(packageVersion("MASS")), sep = "")'])
pv = version(["python3", "-c", "import sys, pandas, statsmodels, scipy, numpy; print(f'Python {sys.version.split()[0]}, pandas {pandas.__version__}, statsmodels {statsmodels.__version__}, SciPy {scipy.__version__}, NumPy {numpy.__version__}')"])

names = {
    "courtstat": "`courtstat report --no-render` (writes 16 files + report.md)",
    "R": "R: `Rscript scripts/bench/report.R`",
    "python": "Python: `python3 scripts/bench/report.py`",
    "python-no-fisher-interval": "Python without SciPy's exact Fisher interval (`--no-fisher-interval`)",
}
base = med("courtstat", "wall_s")
L = ["# Benchmark: the analysis core of `courtstat report` against R and Python", ""]
L.append(f"Made by `bash scripts/bench-report.sh {runs}` on {datetime.date.today().isoformat()}: courtstat {env['COMMIT']} (release build); "
         f"{rv}; {pv}.")
L.append(f"Machine: {os.cpu_count()} cores (nproc), {cpu_model}, {platform.machine()}. "
         f"Case file: {int(env['ROWS'])} rows, {int(env['BYTES']) / 1e6:.0f} MB (`courtstat simulate --params datasets/simulation-params.json "
         f"--seed 1` with rate_scale {env['SCALE']}), in the page cache.")
wait = f"; waited {env['WAITED']} s for it to fall below {env['MAX_LOAD']}" if env["WAITED"] != "0" else ""
L.append(f"Load average (1, 5, 15 min): {env['LOAD_FIRST']} at the start{wait}; {env['LOAD_BEFORE']} before the first run; "
         f"{env['LOAD_AFTER']} after the last. Other jobs may share this machine: CPU time is shown next to wall time.")
L.append("")
L.append(f"Median of {runs} runs each, interleaved (one run of every command per round). Ratio = median wall time / courtstat's "
         "(above 1: slower than courtstat). Peak = the largest maximum resident set size of the runs.")
L.append("")
L.append("| command | median wall s | ratio to courtstat | median CPU s (user+sys) | peak MB |")
L.append("|---|---:|---:|---:|---:|")
for tool in ["courtstat", "R", "python", "python-no-fisher-interval"]:
    w = med(tool, "wall_s"); c = med(tool, "user_s") + med(tool, "sys_s")
    L.append(f"| {names[tool]} | {w:.2f} | {w / base:.2f}x | {c:.2f} | {peak(tool):.0f} |")
failed = [r for r in allrows if r["status"] != "0"]
if failed:
    L.append("")
    L.append("Failed runs (left out of the medians): " + ", ".join(f"{r['tool']} on {r['rows']} rows, run {r['run']} (status {r['status']})" for r in failed))
fastest = min(med("R", "wall_s"), med("python", "wall_s"))
nfi = med("python-no-fisher-interval", "wall_s")
L.append("")
L.append(f"Goal (issue 5): at least 5x faster than the faster of R and Python. Faster of the two here: {fastest:.2f} s, "
         f"{fastest / base:.2f}x courtstat's time: {'met' if fastest / base >= 5 else 'NOT met'}. "
         f"Against Python without SciPy's slow exact Fisher interval ({nfi:.2f} s): {nfi / base:.2f}x, "
         f"{'met' if nfi / base >= 5 else 'NOT met'}.")

# Where the time goes.
def phase_medians(tool):
    per = {}
    for run in range(1, runs + 1):
        p = os.path.join(tmp, f"phases-{tool}-{run}.csv")
        if not os.path.exists(p): continue
        for r in csv.DictReader(open(p)): per.setdefault(r["phase"], []).append(float(r["seconds"]))
    return {k: statistics.median(v) for k, v in per.items()}
L += ["", "## Where the time goes", "",
      "courtstat's two analyses as separate commands on the same file (each reads and checks the whole file once; the report reads it twice, once per analysis):", "",
      "| command | median wall s | median CPU s | peak MB |", "|---|---:|---:|---:|"]
for tool, label in [("courtstat-trend", "`courtstat trend FILE --by week --article 337` (weekly counts, Poisson/quasi-Poisson/NB fits with the break)"),
                    ("courtstat-compare", "`courtstat compare FILE --outcome custodial --group defendant_status --a mobilized --b contract --date decision`")]:
    L.append(f"| {label} | {med(tool, 'wall_s'):.2f} | {med(tool, 'user_s') + med(tool, 'sys_s'):.2f} | {peak(tool):.0f} |")
ph = {t: phase_medians(t) for t in ["R", "python", "python-no-fisher-interval"]}
labels = {"read": "read the CSV (all columns)", "trend": "weekly counts; Poisson, quasi-Poisson, NB fits; LR test; band",
          "tables": "groups; Wilson, Newcombe, risk ratio; Fisher; chi-square; Mantel-Haenszel", "welch": "Welch t test",
          "wilcoxon": "Wilcoxon rank-sum with Hodges-Lehmann shift and interval", "logistic": "logistic regression: custodial ~ group + year + part",
          "charts": "shares by quarter, histograms, write CSV"}
L += ["", "Phases as the R and Python scripts time them (median seconds; interpreter start-up and package loading are not in any phase):", "",
      "| phase | R | Python | Python, no Fisher interval |", "|---|---:|---:|---:|"]
for k, lab in labels.items():
    cells = [f"{ph[t][k]:.2f}" if k in ph[t] else "" for t in ph]
    L.append(f"| {lab} | " + " | ".join(cells) + " |")

# Scaling.
sizes = sorted({int(r["rows"]) for r in allrows})
if len(sizes) > 1:
    L += ["", "## Scaling", "",
          f"The same commands on smaller files made the same way (median wall seconds of {runs} runs; the full Python script only at {int(main)} rows):", "",
          "| rows | courtstat report | R | Python, no Fisher interval | R / courtstat | Python (no Fisher interval) / courtstat | courtstat peak MB |",
          "|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        c, r_, p_ = (med(t, "wall_s", str(n)) for t in ["courtstat", "R", "python-no-fisher-interval"])
        L.append(f"| {n} | {c:.2f} | {r_:.2f} | {p_:.2f} | {r_ / c:.2f}x | {p_ / c:.2f}x | {peak('courtstat', str(n)):.0f} |")

# Agreement: the same numbers from the three.
def read_kv(path):
    try: return {r["name"]: float(r["value"]) for r in csv.DictReader(open(path))}
    except Exception: return {}
R, P = read_kv(os.path.join(tmp, "results-R.csv")), read_kv(os.path.join(tmp, "results-python.csv"))
C = {}
try:
    d = os.path.join(tmp, "out-courtstat-main")
    for r in csv.DictReader(open(os.path.join(d, "trend_models.csv"))):
        C[f"{r['model']}_{r['term']}"] = float(r["estimate"]); C[f"{r['model']}_{r['term']}_se"] = float(r["std_error"])
    res = {r["term"]: r for r in csv.DictReader(open(os.path.join(d, "compare_results.csv")))}
    grp = {r["group"]: r for r in csv.DictReader(open(os.path.join(d, "compare_groups.csv")))}
    C.update(custodial_a=float(grp["mobilized"]["custodial"]), convicted_a=float(grp["mobilized"]["convicted"]),
             fisher_or=float(res["odds_ratio"]["estimate"]), fisher_or_low=float(res["odds_ratio"]["conf_low"]),
             chisq=float(res["chisq"]["statistic"]), mh_or=float(res["mh_odds_ratio"]["estimate"]),
             welch_t=float(res["months_difference"]["statistic"]), wilcox_w=float(res["months_shift"]["statistic"]),
             wilcox_shift=float(res["months_shift"]["estimate"]), wilcox_low=float(res["months_shift"]["conf_low"]),
             logistic_group=float(res["logistic:group:mobilized"]["estimate"]),
             logistic_group_se=float(res["logistic:group:mobilized"]["std_error"]))
except Exception as e:
    C["error"] = str(e)
keys = [("poisson_level_change", "poisson_level_change"), ("poisson_slope_change", "poisson_slope_change"),
        ("negbin_level_change", "negbin_level_change"), ("negbin_level_change_se", "negbin_level_change_se"),
        ("convicted_a", "convicted_a"), ("custodial_a", "custodial_a"), ("fisher_or", "fisher_or"), ("fisher_or_low", "fisher_or_low"),
        ("chisq", "chisq"), ("mh_or", "mh_or"), ("welch_t", "welch_t"), ("wilcox_w", "wilcox_w"), ("wilcox_shift", "wilcox_shift"),
        ("wilcox_low", "wilcox_low"), ("logistic_group", "logistic_group"), ("logistic_group_se", "logistic_group_se")]
L += ["", "## The same numbers from the three (last run)", "",
      "| quantity | courtstat | R | Python |", "|---|---:|---:|---:|"]
fmt = lambda v: "" if v is None else f"{v:.10g}"
for ck, rk in keys:
    L.append(f"| {rk} | {fmt(C.get(ck))} | {fmt(R.get(rk))} | {fmt(P.get(rk))} |")
L += ["", "R's fisher.test and wilcox.test find the conditional MLE, the Hodges-Lehmann shift and their limits with uniroot at "
      "tolerance ~1e-4, so they differ from courtstat's exact roots in the 5th digit (README); the Python script imitates wilcox.test.",
      "", "## What each does", "",
      "- courtstat: `report --no-render --data FILE --figures datasets/published_figures.csv --out DIR`: reads and checks every field of "
      "every row twice (once for the weekly Art. 337 trend, once for the comparison), fits Poisson, quasi-Poisson and negative binomial "
      "with the break at the week of 2022-09-21 (twice for Poisson and NB: once for the over-dispersion test), fitted band, growth and "
      "doubling time; then mobilised against contract among the convicted: Wilson, Newcombe, risk ratio, Fisher (exact interval), "
      "chi-square, Mantel-Haenszel over quarters, Welch, Wilcoxon with Hodges-Lehmann shift and interval, logistic regression on "
      "group + year + part; shares by quarter and sentence-length histograms; the published-figures chart; writes 16 CSV/.dat/.gp "
      "files and report.md. gnuplot is not run.",
      "- R (scripts/bench/report.R) and Python (scripts/bench/report.py): the same computations on the same file, reading all "
      "columns once (fread; pandas.read_csv), writing two small CSVs and their numbers. Differences: they do not check the data "
      "and do not write a report; statsmodels fits the negative binomial's theta jointly with the coefficients (then refits with "
      "theta fixed for MASS's standard errors) where MASS::glm.nb alternates; SciPy has no Hodges-Lehmann estimate, so the script "
      "finds it and its interval as wilcox.test does (root finding on the normal statistic); the exact interval of the conditional "
      "odds ratio comes from scipy.stats.contingency.odds_ratio, which is what takes Python minutes at this size (the row without it "
      "shows the rest)."]
text = "\n".join(L) + "\n"
open(os.path.join(env["OUT_DIR"], "report.md"), "w").write(text)
with open(os.path.join(env["OUT_DIR"], "report.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "rows", "tool", "run", "wall_s", "user_s", "sys_s", "max_rss_kb", "status"])
    for r in allrows:
        w.writerow([datetime.date.today().isoformat(), r["rows"], r["tool"], r["run"], r["wall_s"], r["user_s"],
                    r["sys_s"], r["max_rss_kb"], r["status"]])
print(text)
PY
say "written $out_dir/report.md and $out_dir/report.csv"
