#!/usr/bin/env bash
# Start-up speed benchmark (not a test): one Fisher exact test from the shell, answered by
#   courtstat (release build), Rscript -e 'fisher.test(...)' and python3 with scipy.stats,
# several runs each in the same session; prints medians and ratios and writes them to
# notebooks-output/benchmarks/cli.md.  Usage: scripts/bench-cli.sh [RUNS]  (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
bash scripts/setup.sh
bin=$(bash scripts/build-release.sh)
command -v Rscript >/dev/null || { echo "bench-cli: Rscript missing (apt-get install r-base-core)" >&2; exit 69; }
python3 -c 'import scipy' 2>/dev/null || python3 -m pip install --quiet scipy >&2
mkdir -p notebooks-output/benchmarks
BIN="$bin" RUNS="$runs" python3 - <<'PY'
import os, statistics, subprocess, time, platform
runs = int(os.environ["RUNS"])
commands = {
    "courtstat": [os.environ["BIN"], "test", "fisher", "--table", "154,96,61,113", "--format", "json"],
    "Rscript": ["Rscript", "-e", "r <- fisher.test(matrix(c(154, 61, 96, 113), 2)); cat(r$p.value, r$estimate, r$conf.int, '\\n')"],
    "python3 + scipy": ["python3", "-c", "import scipy.stats as s; r = s.fisher_exact([[154, 96], [61, 113]]); print(r.pvalue, r.statistic)"],
}
medians = {}
for name, cmd in commands.items():
    subprocess.run(cmd, check=True, capture_output=True)          # warm the file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    medians[name] = statistics.median(times)
base = medians["courtstat"]
lines = ["# CLI start-up benchmark", "",
         f"`courtstat test fisher --table 154,96,61,113 --format json` against the same test in R and SciPy; "
         f"median of {runs} runs each, same session, {platform.machine()}, {os.cpu_count()} cores.", "",
         "| command | median | ratio to courtstat |", "|---|---|---|"]
for name, m in medians.items():
    lines.append(f"| {name} | {m*1000:.1f} ms | {m/base:.1f}x |")
text = "\n".join(lines) + "\n"
print(text)
with open("notebooks-output/benchmarks/cli.md", "w") as f:
    f.write(text)
PY
