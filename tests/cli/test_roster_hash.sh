# `staff-audit roster hash`: an owner-only file with no names in it, accepted by a profile in
# place of the CSV, giving the same findings with the names masked.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
R="$EXAMPLES/rosters"

umask 022
expect_status 0 "hash the pupils" -- "$SA" roster hash "$R/pupils.csv" -o "$WORK/pupils.roster"
expect_grep "Hashed 30 pupils" "$WORK/out" "says how many people it hashed"
mode=$(stat -c %a "$WORK/pupils.roster" 2>/dev/null)
[[ $mode == 600 ]] && pass "hashed roster is owner-only" || fail "hashed roster has mode $mode"
expect_grep '^staff_audit_hashed_roster = 1$' "$WORK/pupils.roster" "starts with the header line"

expect_status 0 "hash the ex-pupils" -- "$SA" roster hash "$R/ex_pupils.csv" -o "$WORK/ex_pupils.roster" --kind ex_pupils
expect_status 0 "hash the parents" -- "$SA" roster hash "$R/parents.csv" -o "$WORK/parents.roster" --kind parents
expect_status 0 "hash the staff" -- "$SA" roster hash "$R/staff.csv" -o "$WORK/staff.roster" --kind colleagues

# No name, nor any word of a name, is in any hashed file (class names and year groups are kept
# in clear on purpose, and titles are not names).
for kind in pupils ex_pupils parents staff; do
  clear_words=$(tail -n +2 "$R/$kind.csv" | cut -d, -f2,4 | tr ',() ' '\n\n\n\n' | tr 'A-Z' 'a-z' | sort -u)
  leaked=0
  while IFS=, read -r name _; do
    [[ $name == name ]] && continue
    for word in $name; do
      lower=$(tr 'A-Z' 'a-z' <<<"$word")
      case $lower in mr|mrs|ms|miss) continue ;; esac
      grep -qx -- "$lower" <<<"$clear_words" && continue
      if grep -qi -- "$word" "$WORK/$kind.roster"; then fail "$kind.roster contains '$word'"; leaked=1; fi
    done
  done <"$R/$kind.csv"
  ((leaked)) || pass "no roster name in $kind.roster"
done

# A profile that uses the hashed files wherever it used the CSVs.
# The profile resolves nothing else relative to its folder, so it may live in $WORK.
sed -e "s|\"rosters/pupils.csv\"|\"$WORK/pupils.roster\"|" -e "s|\"rosters/ex_pupils.csv\"|\"$WORK/ex_pupils.roster\"|" \
    -e "s|\"rosters/parents.csv\"|\"$WORK/parents.roster\"|" -e "s|\"rosters/staff.csv\"|\"$WORK/staff.roster\"|" \
    "$EXAMPLES/school.toml" >"$WORK/hashed.toml"
expect_status 1 "scan with hashed rosters" -- "$SA" scan "$FB" --profile "$WORK/hashed.toml" -o "$WORK/hashed.json" --format json --quiet
expect_status 1 "scan with plain rosters" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" -o "$WORK/plain.json" --format json --quiet
for check in contact.pupil contact.pupil-request contact.pupil-message contact.search confidential.pupil-name; do
  h=$(grep -c "\"check\": \"$check\"" "$WORK/hashed.json"); p=$(grep -c "\"check\": \"$check\"" "$WORK/plain.json")
  [[ $h == "$p" && $h -gt 0 ]] && pass "$check: $h findings, hashed and plain alike" || fail "$check: $h hashed, $p plain"
done
expect_grep 'E\*\*\*\* M\*\*\*\*' "$WORK/hashed.json" "the report masks a name found through hashes"
expect_no_grep 'Ellie Mason' "$WORK/hashed.json" "no pupil's name in the report"

# Refusals: no output, the input itself, an already hashed file, a kind that does not fit.
expect_status 2 "-o is required" -- "$SA" roster hash "$R/pupils.csv"
cp "$R/pupils.csv" "$WORK/copy.csv"
expect_status 2 "never writes over the CSV" -- "$SA" roster hash "$WORK/copy.csv" -o "$WORK/copy.csv"
cmp -s "$R/pupils.csv" "$WORK/copy.csv" && pass "the CSV is untouched" || fail "the CSV was changed"
expect_status 2 "an already hashed roster" -- "$SA" roster hash "$WORK/pupils.roster" -o "$WORK/again.roster"
expect_grep "already a hashed roster" "$WORK/err" "says it is already hashed"
expect_status 2 "a missing CSV" -- "$SA" roster hash "$WORK/nope.csv" -o "$WORK/nope.roster"
sed -e "s|\"rosters/parents.csv\"|\"$WORK/pupils.roster\"|" "$EXAMPLES/school.toml" >"$WORK/wrong.toml"
sed -i -e "s|\"rosters/|\"$EXAMPLES/rosters/|" "$WORK/wrong.toml"
expect_status 2 "a pupils file listed as parents" -- "$SA" scan "$FB" --profile "$WORK/wrong.toml"
expect_grep "hashed as a pupils roster" "$WORK/err" "says which kind the file was hashed as"
finish
