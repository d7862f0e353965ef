# Shared by the benchmark scripts (sourced): stats TOOL prints "median_seconds largest_peak_kb"
# for TOOL's runs in $tmp/runs.txt, whose lines are "tool seconds peak_kb".
stats() {
    awk -v t="$1" '$1 == t { print $2, $3 }' "$tmp/runs.txt" | sort -g | awk '
        { a[NR] = $1; if ($2 > peak) peak = $2 }
        END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.4f %d\n", m, peak }'
}
