# The README's table of checks is generated from the checks' own descriptions: keep it in step.
source "$(dirname "$0")/lib.sh"
"$SA" checks --markdown >"$WORK/table.md" || fail "checks --markdown failed"
while IFS= read -r line; do
  grep -qxF -- "$line" "$SRC/README.md" || fail "README.md lacks: $line (paste 'staff-audit checks --markdown')"
done <"$WORK/table.md"
[[ $(wc -l <"$WORK/table.md") -ge 10 ]] && pass "table has every check" || fail "table too short"
finish
