# Nothing is left behind and nothing leaks: a scan of a zip and of a folder writes no temp file
# (TMPDIR stays empty), nothing inside or next to the export, its reports owner-only even under
# umask 000, and with names masked (the default) no pupil's name appears in any report format,
# on stdout or on stderr.
source "$(dirname "$0")/lib.sh"
PROFILE="$EXAMPLES/school.toml"
mkdir -p "$WORK/tmp" "$WORK/inputs" "$WORK/reports"
cp -r "$EXAMPLES/exports/facebook-jordan" "$WORK/inputs/folder"
"$MAKE_ZIP" "$WORK/inputs/facebook.zip" "$EXAMPLES/exports/facebook-jordan" || fail "could not build the zip"
snapshot() { find "$WORK/inputs" -printf '%p %s %T@ %m\n' | sort; }
snapshot >"$WORK/before"

umask 000
INPUTS=("$WORK/inputs/facebook.zip" "$WORK/inputs/folder")
for x in instagram linkedin tiktok x; do INPUTS+=("$EXAMPLES/exports/$x-jordan"); done
TMPDIR="$WORK/tmp" expect_status 1 "scan of every example export" -- env TMPDIR="$WORK/tmp" \
  "$SA" scan "${INPUTS[@]}" --profile "$PROFILE" -o "$WORK/reports/r" --format json --format html --format md --format text
cp "$WORK/out" "$WORK/reports/stdout.txt"; cp "$WORK/err" "$WORK/reports/stderr.txt"
for ext in json html md txt; do
  mode=$(stat -c %a "$WORK/reports/r.$ext" 2>/dev/null)
  [[ $mode == 600 ]] && pass "r.$ext is 0600 under umask 000" || fail "r.$ext has mode '$mode' under umask 000"
done
umask 077

if [[ -z $(ls -A "$WORK/tmp") ]]; then pass "no temp file left (TMPDIR is empty)"; else
  fail "files left in TMPDIR:"; ls -la "$WORK/tmp"; fi
snapshot >"$WORK/after"
if cmp -s "$WORK/before" "$WORK/after"; then pass "nothing written inside or next to the exports"; else
  fail "the inputs' folder changed:"; diff "$WORK/before" "$WORK/after" | head; fi

# Every pupil and ex-pupil name, whole and in any case, in every output of the masked scan.
# Parents and colleagues are adults the report must name to be useful (README: pupils' names
# are masked), so their rosters are not searched.
leaks=0
while IFS= read -r name; do
  [[ -z $name || $name == name ]] && continue
  if grep -rilF -- "$name" "$WORK/reports" >"$WORK/hits"; then
    fail "roster name '$name' appears in: $(tr '\n' ' ' <"$WORK/hits")"; leaks=$((leaks + 1)); fi
done < <(cut -d, -f1 "$EXAMPLES"/rosters/pupils.csv "$EXAMPLES"/rosters/ex_pupils.csv | sed 's/^"//; s/"$//')
((leaks == 0)) && pass "no pupil or ex-pupil name in any output when masked"
# Control: with --show-names the same search does find pupils' names.
expect_status 1 "scan with --show-names" -- "$SA" scan "${INPUTS[@]}" --profile "$PROFILE" --show-names \
  -o "$WORK/shown.json" --format json
grep -qF "Ellie Mason" "$WORK/shown.json" && pass "control: the search finds a pupil's name when shown" \
  || fail "control: no pupil name even with --show-names"
grep -q 'M\*\*\*\*' "$WORK/reports/r.json" && pass "masked names are shown as initials" || fail "no masked name in the report"
finish
