# --encrypt and `open` through a real pseudo-terminal (tests/cli/pty_answer.py types the
# passphrase at the prompt): the round trip, owner-only files, no plain report on disk, a wrong
# passphrase failing cleanly, and no passphrase ever taken without a terminal.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
PROFILE="$EXAMPLES/school.toml"
PTY="python3 $(dirname "$0")/pty_answer.py"
export SOURCE_DATE_EPOCH=1796378400
PASS='apple river lantern 42'

expect_status 1 "plain report for comparison" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/plain" --format json --format md
expect_status 1 "sealed scan (passphrase typed twice)" -- $PTY "$PASS" "$PASS" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/s" --format json --format md --encrypt
for ext in json md; do
  f="$WORK/s.$ext.sealed"
  [[ -f $f ]] && pass "s.$ext.sealed written" || fail "s.$ext.sealed missing"
  [[ $(stat -c %a "$f" 2>/dev/null) == 600 ]] && pass "s.$ext.sealed is owner-only" || fail "s.$ext.sealed mode $(stat -c %a "$f")"
  [[ ! -e $WORK/s.$ext ]] && pass "no plain s.$ext on disk" || fail "plain s.$ext written"
done
expect_no_grep 'schema_version' "$WORK/s.json.sealed" "the sealed file does not hold the report in the clear"
expect_no_grep "$PASS" "$WORK/out" "the passphrase is not echoed"

expect_status 0 "open to a temporary file" -- $PTY "$PASS" -- "$SA" open "$WORK/s.json.sealed"
OPENED=$(grep -o '/[^ ]*staff-audit-open-[^ ]*/s.json' "$WORK/out" | head -1)
[[ -f $OPENED ]] && pass "open printed the path $OPENED" || fail "no opened file in: $(cat "$WORK/out")"
[[ $(stat -c %a "$OPENED" 2>/dev/null) == 600 && $(stat -c %a "$(dirname "$OPENED")") == 700 ]] && pass "opened file and its folder are owner-only" || fail "opened file mode $(stat -c %a "$OPENED")"
cmp -s "$OPENED" "$WORK/plain.json" && pass "round trip: the opened report is the report" || fail "opened report differs from the plain one"
rm -rf "$(dirname "$OPENED")"
expect_status 0 "open --stdout" -- $PTY "$PASS" -- "$SA" open "$WORK/s.md.sealed" --stdout
expect_grep '^# Social media audit' "$WORK/out" "open --stdout prints the Markdown report"

expect_status 2 "a wrong passphrase fails" -- $PTY "wrong passphrase" -- "$SA" open "$WORK/s.json.sealed"
expect_grep 'wrong passphrase, or the file was changed' "$WORK/out" "the wrong passphrase is named"
expect_no_grep 'AddressSanitizer\|internal error' "$WORK/out" "and fails cleanly"
expect_status 2 "two passphrases that differ" -- $PTY "$PASS" "another one entirely" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/d" --format json --encrypt
expect_grep 'differ' "$WORK/out" "the mismatch is explained"
[[ ! -e $WORK/d.json.sealed && ! -e $WORK/d.json ]] && pass "nothing written after a mismatch" || fail "a report was written after a mismatch"
expect_status 2 "a short passphrase is refused" -- $PTY "short" -- "$SA" scan "$FB" -o "$WORK/d" --format json --encrypt

# Without a terminal there is nobody to ask: no passphrase from stdin or the environment.
expect_status 2 "no terminal: refused" -- setsid "$SA" scan "$FB" -o "$WORK/n" --format json --encrypt
expect_grep 'terminal' "$WORK/err" "the message says a terminal is needed"
expect_status 2 "--encrypt needs report files" -- "$SA" scan "$FB" --encrypt
expect_status 2 "open refuses a file that is not sealed" -- "$SA" open "$WORK/plain.json"
expect_grep 'not a sealed staff-audit report' "$WORK/err" "and says why"
finish
