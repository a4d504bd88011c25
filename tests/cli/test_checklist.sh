# `staff-audit checklist` scripted from stdin (one answer per line), the answers file, and a scan
# reading it (--checklist) into privacy.security / privacy.discoverability findings.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"

# Facebook's questions, in order: future posts public, phone, e-mail, tag review, friends list,
# location, two-factor.
printf 'y\nn\n?\ny\nn\nn\nn\n' >"$WORK/answers.in"
expect_status 0 "checklist from stdin" -- "$SA" checklist "$FB" --answers "$WORK/answers.toml" <"$WORK/answers.in"
expect_grep '6 of 7 questions answered' "$WORK/out" "counts the answers"
expect_grep 'Settings & privacy > Settings > Accounts Center > Password and security > Two-factor' "$WORK/err" "each question shows its menu route"
expect_grep '^\[facebook\]' "$WORK/answers.toml" "answers grouped by platform"
expect_grep '^two_factor = false' "$WORK/answers.toml" "two-factor answer saved"
expect_no_grep 'find_by_email' "$WORK/answers.toml" "a don't-know answer is not saved"
[[ $(stat -c %a "$WORK/answers.toml") == 600 ]] && pass "answers are owner-only" || fail "answers mode $(stat -c %a "$WORK/answers.toml")"

expect_status 1 "scan with the answers" -- "$SA" scan "$FB" --checklist "$WORK/answers.toml" -o "$WORK/r.json" --format json --checks privacy.security,privacy.discoverability --fail-on low
python3 - "$WORK/r.json" "$WORK/answers.toml" <<'PY' && pass "answers became findings citing the checklist" || fail "answers did not become findings"
import json, sys
d = json.load(open(sys.argv[1]))
mine = [f for f in d["findings"] if f["location"]["file"] == sys.argv[2]]
checks = {f["check"] for f in mine}
assert {"privacy.security", "privacy.discoverability"} <= checks, checks
assert any("from now on" in f["evidence"] for f in mine), [f["evidence"] for f in mine]
assert not any("tagged" in f["evidence"] for f in mine)
PY

# The same answers named once in the profile ([me] checklist), relative to the profile's folder.
cp "$WORK/answers.toml" "$WORK/profile-answers.toml"
printf '[school]\nname = "Riverside Primary School"\n[me]\nchecklist = "profile-answers.toml"\n' >"$WORK/school.toml"
expect_status 1 "scan with the profile's checklist" -- "$SA" scan "$FB" --profile "$WORK/school.toml" -o "$WORK/p.json" --format json --checks privacy.security --fail-on low
expect_grep '"file": "[^"]*profile-answers.toml"' "$WORK/p.json" "the profile's answers became findings"
printf '[me]\nchecklist = "missing.toml"\n' >"$WORK/bad-school.toml"
expect_status 2 "a profile naming a missing checklist" -- "$SA" scan "$FB" --profile "$WORK/bad-school.toml"
expect_grep 'me.checklist.*missing.toml.*not found' "$WORK/err" "the message names the key and the file"

printf '?\n?\n?\n?\n?\n?\n?\n' >"$WORK/unsure.in"
expect_status 0 "--platform without an export" -- "$SA" checklist --platform x --answers "$WORK/x.toml" <"$WORK/unsure.in"
expect_grep '0 of 5 questions answered' "$WORK/out" "X has five of the questions"
expect_grep 'Discoverability and contacts' "$WORK/err" "X's route is shown"
printf 'y\nperhaps\n' >"$WORK/bad.in"
expect_status 2 "a bad answer from a script stops" -- "$SA" checklist --platform facebook --answers "$WORK/bad.toml" <"$WORK/bad.in"
expect_grep 'line 2' "$WORK/err" "the message names the line"
expect_status 2 "nothing to ask about" -- "$SA" checklist --answers "$WORK/none.toml" </dev/null
finish
