# `staff-audit init` scripted from stdin: a profile that the scan loads, validation naming the
# answer, and no overwrite without --force.
source "$(dirname "$0")/lib.sh"
cp "$EXAMPLES/rosters/pupils.csv" "$WORK/pupils.csv"
answers() { # name aliases trust domains postcode location tz day days terms logos policy pupils ex parents staff
  printf '%s\n' "Hillside Academy" "Hillside, HSA" "" "hillside.sch.uk" "ba1 2ab" "51.38, -2.36, 300" "" \
    "8:45-15:15" "" "2026-09-02..2026-10-23, 2026-11-02..2026-12-18" "" "bath-wells-mat-2016" \
    "pupils.csv" "" "" ""
}
answers >"$WORK/in"
expect_status 0 "init from stdin" -- "$SA" init -o "$WORK/school.toml" <"$WORK/in"
expect_grep 'name = "Hillside Academy"' "$WORK/school.toml" "the name is written"
expect_grep 'postcode = "BA1 2AB"' "$WORK/school.toml" "the postcode in its canonical form"
expect_grep 'start = "08:45"' "$WORK/school.toml" "the school day"
expect_grep 'cite = "bath-wells-mat-2016"' "$WORK/school.toml" "the policy"
[[ $(stat -c %a "$WORK/school.toml") == 600 ]] && pass "profile is owner-only" || fail "profile mode $(stat -c %a "$WORK/school.toml")"
expect_status 0 "the scan loads the new profile" -- "$SA" scan "$EXAMPLES/exports/x-jordan" --profile "$WORK/school.toml" --fail-on review --checks employer.profile
expect_grep 'Hillside Academy' "$WORK/out" "the summary names the school"

expect_status 2 "no overwrite without --force" -- "$SA" init -o "$WORK/school.toml" <"$WORK/in"
expect_grep 'force' "$WORK/err" "the message says how"
expect_status 0 "--force replaces it" -- "$SA" init -o "$WORK/school.toml" --force <"$WORK/in"

answers | sed '5s/.*/not a postcode/' >"$WORK/bad"
expect_status 2 "a bad postcode from a script stops" -- "$SA" init -o "$WORK/bad.toml" <"$WORK/bad"
expect_grep 'line 5.*UK postcode' "$WORK/err" "the message names the line and the problem"
[[ ! -e $WORK/bad.toml ]] && pass "nothing written after a bad answer" || fail "a profile was written"
answers | sed '13s/.*/missing.csv/' >"$WORK/bad"
expect_status 2 "a missing roster is refused" -- "$SA" init -o "$WORK/bad.toml" <"$WORK/bad"
expect_grep 'missing.csv' "$WORK/err" "the message names the roster"
expect_status 2 "the name is required" -- "$SA" init -o "$WORK/empty.toml" </dev/null
finish
