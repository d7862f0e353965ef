#!/usr/bin/env bash
# Checks the July 2023 claims (datasets/claims/mediazona-2023-07.toml) on the published figures and
# on the synthetic case data, writing notebooks-output/claims.csv and
# notebooks-output/claims_synthetic_data.csv, and prints both tables.
# Exit status: that of the check on the published figures (0 all supported, 1 some contradicted,
# 2 some inconclusive), so a script can branch on it.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
bin=$(bash scripts/build-release.sh) || exit 70
claims=datasets/claims/mediazona-2023-07.toml
data=datasets/cases_synthetic_2021_2024.csv
out=notebooks-output
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" check "$claims" --format csv > "$tmp/claims.csv"; status=$?
[ "$status" -le 2 ] || { echo "check-claims: courtstat check failed (status $status)" >&2; exit "$status"; }
"$bin" check "$claims" --data "$data" --format csv > "$tmp/claims_synthetic_data.csv"; data_status=$?
[ "$data_status" -le 2 ] || { echo "check-claims: courtstat check --data failed (status $data_status)" >&2; exit "$data_status"; }
mv "$tmp/claims.csv" "$tmp/claims_synthetic_data.csv" "$out"/

echo "Claims on the published figures (status $status):"
"$bin" check "$claims" --format table | grep -E '^(claim|verdict|estimate|conf_low|conf_high|p_value) '
echo
echo "The same claims on the synthetic case data (status $data_status):"
"$bin" check "$claims" --data "$data" --format table | grep -E '^(claim|verdict|estimate|conf_low|conf_high|p_value) '
echo
echo "check-claims: wrote $out/claims.csv and $out/claims_synthetic_data.csv"
exit "$status"
