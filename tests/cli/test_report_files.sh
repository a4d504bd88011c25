# Report files: owner-only, one per format, never inside the export; NO_COLOR and pipes get no
# escape codes; the demo writes its three reports to a path it prints.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"

umask 022
expect_status 1 "three formats" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" -o "$WORK/r" --format json --format html --format md
for ext in json html md; do
  if [[ -f "$WORK/r.$ext" ]]; then pass "r.$ext written"; else fail "r.$ext missing"; fi
  mode=$(stat -c %a "$WORK/r.$ext" 2>/dev/null)
  [[ $mode == 600 ]] && pass "r.$ext is owner-only" || fail "r.$ext has mode $mode"
done
expect_grep '"schema_version": 1' "$WORK/r.json" "JSON carries schema_version 1"
expect_grep 'Content-Security-Policy' "$WORK/r.html" "HTML forbids network loads"
expect_no_grep $'\x1b' "$WORK/out" "no escape codes when stdout is a pipe"

# An existing report with loose permissions becomes owner-only when rewritten.
touch "$WORK/loose.json"; chmod 644 "$WORK/loose.json"
expect_status 1 "overwrite" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" -o "$WORK/loose.json" --format json
[[ $(stat -c %a "$WORK/loose.json") == 600 ]] && pass "rewritten report is owner-only" || fail "rewritten report keeps loose mode"

cp -r "$FB" "$WORK/export"
expect_status 2 "refuses to write inside the export" -- "$SA" scan "$WORK/export" -o "$WORK/export/report.json" --format json
[[ ! -e "$WORK/export/report.json" ]] && pass "nothing written inside the export" || fail "a file appeared inside the export"

NO_COLOR=1 expect_status 1 "NO_COLOR" -- env NO_COLOR=1 "$SA" scan "$FB" --profile "$EXAMPLES/school.toml"
expect_no_grep $'\x1b' "$WORK/out" "NO_COLOR gives no escape codes"

expect_status 0 "demo" -- "$SA" demo -o "$WORK/demo"
for ext in json html md; do [[ -f "$WORK/demo.$ext" ]] && pass "demo wrote $ext" || fail "demo did not write $ext"; done
expect_grep "$WORK/demo.html" "$WORK/out" "demo prints where the report is"

expect_status 0 "checks list" -- "$SA" checks
for id in employer.profile employer.content profession.profile personal.phone personal.email personal.address contact.pupil contact.parent; do
  expect_grep "^$id " "$WORK/out" "checks lists $id"
done
finish
