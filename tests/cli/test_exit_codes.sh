# Exit status per CONTRACTS.md: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"

expect_status 1 "example export has high findings" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml"
expect_grep "high" "$WORK/out" "terminal summary lists severities"

# An export with nothing risky: a friend list of strangers only.
mkdir -p "$WORK/clean/connections/friends"
cat >"$WORK/clean/connections/friends/your_friends.json" <<'JSON'
{
  "friends_v2": [
    {
      "name": "Alex Stranger",
      "timestamp": 1700000000
    }
  ]
}
JSON
expect_status 0 "clean export exits 0" -- "$SA" scan "$WORK/clean" --profile "$EXAMPLES/school.toml"
expect_status 0 "--fail-on high ignores lower findings" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" --checks contact.parent --fail-on high
expect_status 1 "--fail-on low counts them" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" --checks contact.parent --fail-on low
expect_status 2 "missing export" -- "$SA" scan "$WORK/nope.zip"
expect_grep "nope.zip" "$WORK/err" "message names the missing file"
expect_status 2 "unknown option" -- "$SA" scan "$FB" --frobnicate
expect_status 2 "unknown check id" -- "$SA" scan "$FB" --checks no.such-check
expect_grep "no.such-check" "$WORK/err" "message names the unknown check"
expect_status 2 "bad profile" -- "$SA" scan "$FB" --profile "$WORK/clean/connections/friends/your_friends.json"
expect_status 2 "--encrypt without report files is a usage error" -- "$SA" scan "$FB" --encrypt
expect_grep "give -o PATH" "$WORK/err" "message says what --encrypt needs"
# --online may only be pointed at this computer instead of the real sites (no request is made).
STAFF_AUDIT_ONLINE_BASE=http://example.com expect_status 2 "a non-loopback online base is refused" -- "$SA" scan "$FB" --online
expect_grep "STAFF_AUDIT_ONLINE_BASE=http://example.com refused" "$WORK/err" "message names the refused base"
expect_status 2 "no subcommand" -- "$SA"
finish
