# The annual check through the real binary: accept → scan --baseline (accepted findings apart and
# not counted by --fail-on, expiry), and --previous across two runs of the same export and of a
# changed one (new, persisting, fixed, reappeared).
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
PROFILE="$EXAMPLES/school.toml"
LAST_YEAR=1763632800 # 2025-11-20T10:00:00Z
THIS_YEAR=1796378400 # 2026-12-04T10:00:00Z
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

SOURCE_DATE_EPOCH=$LAST_YEAR expect_status 1 "last year's scan" -- env SOURCE_DATE_EPOCH=$LAST_YEAR "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/last.json" --format json
ID=$(json "$WORK/last.json" "[f['id'] for f in d['findings'] if f['severity']=='high'][0]")
[[ $ID == f-* ]] && pass "a high finding to accept: $ID" || fail "no high finding in last.json"

# accept: from the report, with the default expiry one year on.
expect_status 0 "accept from the report" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" accept "$ID" --reason "Agreed with the head: my \"staff\" page" --report "$WORK/last.json" --baseline "$WORK/baseline.toml"
expect_grep "id = ['\"]$ID" "$WORK/baseline.toml" "baseline records the id"
expect_grep "until = ['\"]2027-12-04" "$WORK/baseline.toml" "default expiry is one year from today"
expect_grep 'check = ' "$WORK/baseline.toml" "baseline records what the finding was"
[[ $(stat -c %a "$WORK/baseline.toml") == 600 ]] && pass "baseline is owner-only" || fail "baseline mode $(stat -c %a "$WORK/baseline.toml")"
expect_status 2 "an expiry in the past is refused" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" accept "$ID" --reason x --until 2020-01-01 --baseline "$WORK/baseline.toml"
expect_status 2 "an id the report does not hold is refused" -- "$SA" accept f-0000000000000000 --reason x --report "$WORK/last.json" --baseline "$WORK/baseline.toml"
expect_grep "has no finding f-0000000000000000" "$WORK/err" "the message says the id is not in the report"

# scan --baseline: the finding is accepted, in its own Markdown section, out of the problems.
expect_status 1 "scan with the baseline" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" scan "$FB" --profile "$PROFILE" --baseline "$WORK/baseline.toml" -o "$WORK/now" --format json --format md
[[ $(json "$WORK/now.json" "[f['status'] for f in d['findings'] if f['id']=='$ID'][0]") == accepted ]] && pass "finding marked accepted" || fail "finding not accepted"
[[ $(json "$WORK/now.json" "[f['accepted_until'] for f in d['findings'] if f['id']=='$ID'][0]") == 2027-12-04 ]] && pass "accepted_until in JSON" || fail "no accepted_until"
expect_grep '^## Accepted' "$WORK/now.md" "Markdown has an Accepted section"
expect_grep 'Agreed with the head' "$WORK/now.md" "the reason is shown"
expect_grep 'accepted' "$WORK/out" "terminal summary mentions accepted findings"

# Accepting every high finding: --fail-on high no longer fails.
for id in $(json "$WORK/last.json" "' '.join(f['id'] for f in d['findings'] if f['severity']=='high')"); do
  env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" accept "$id" --reason "reviewed" --baseline "$WORK/all-high.toml" >/dev/null || fail "accept $id"
done
expect_status 0 "all high findings accepted: exit 0 with --fail-on high" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" scan "$FB" --profile "$PROFILE" --baseline "$WORK/all-high.toml" --fail-on high
# ...until they expire: then they are back, as reappeared.
expect_status 1 "after the expiry they count again" -- env SOURCE_DATE_EPOCH=$((THIS_YEAR + 400 * 86400)) "$SA" scan "$FB" --profile "$PROFILE" --baseline "$WORK/all-high.toml" -o "$WORK/later.json" --format json
[[ $(json "$WORK/later.json" "[f['status'] for f in d['findings'] if f['id']=='$ID'][0]") == reappeared ]] && pass "expired acceptance is reappeared" || fail "expired acceptance not reappeared"
printf 'not toml [[' >"$WORK/bad.toml"
expect_status 2 "a broken baseline stops the scan" -- "$SA" scan "$FB" --baseline "$WORK/bad.toml"
expect_grep "bad.toml" "$WORK/err" "the message names the baseline"

# --previous, the same export: everything persists, nothing fixed, the summary leads.
N=$(json "$WORK/last.json" "len(d['findings'])")
expect_status 1 "same export with --previous" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" scan "$FB" --profile "$PROFILE" --previous "$WORK/last.json" -o "$WORK/same" --format json --format md
[[ $(json "$WORK/same.json" "d['comparison']['summary']") == "0 fixed since 2025-11-20, 0 new, $N still there" ]] && pass "same export: all $N persisting" || fail "same export summary: $(json "$WORK/same.json" "d['comparison']['summary']")"
[[ $(head -1 "$WORK/out" | tr -d '\n') == staff-audit* && $(sed -n 2p "$WORK/out") == "0 fixed since 2025-11-20, 0 new, $N still there" ]] && pass "terminal summary leads with the comparison" || fail "terminal: $(sed -n 2p "$WORK/out")"
[[ $(sed -n 3p "$WORK/same.md") == "**0 fixed since 2025-11-20, 0 new, $N still there.**" ]] && pass "Markdown leads with the comparison" || fail "md line 3: $(sed -n 3p "$WORK/same.md")"

# A changed export: the friends list gone (contact findings fixed), a phone number posted (new).
cp -r "$FB" "$WORK/fb-changed"
rm "$WORK/fb-changed/connections/friends/your_friends.json"
python3 - "$WORK/fb-changed/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json" <<'PY'
import json, sys
posts = json.load(open(sys.argv[1]))
posts.append({"timestamp": 1790000000, "data": [{"post": "New number, text me on 07700 900461"}]})
json.dump(posts, open(sys.argv[1], "w"))
PY
expect_status 1 "changed export with --previous" -- env SOURCE_DATE_EPOCH=$THIS_YEAR "$SA" scan "$WORK/fb-changed" --profile "$PROFILE" --previous "$WORK/last.json" -o "$WORK/changed.json" --format json
FIXED=$(json "$WORK/changed.json" "len(d['comparison']['fixed'])")
NEW=$(json "$WORK/changed.json" "sum(f['status']=='new' for f in d['findings'])")
((FIXED > 0)) && pass "$FIXED fixed since last year" || fail "nothing fixed"
((NEW > 0)) && pass "$NEW new" || fail "nothing new"
[[ $(json "$WORK/changed.json" "any(f['check']=='personal.phone' and f['status']=='new' for f in d['findings'])") == True ]] && pass "the posted phone number is new" || fail "phone not new"
[[ $(json "$WORK/changed.json" "any(f['check'].startswith('contact.') for f in d['comparison']['fixed'])") == True ]] && pass "the friends-list findings are fixed" || fail "no contact finding in the fixed list"
# Next year with the friends list back: those findings reappear.
expect_status 1 "the old export again, compared with the changed run" -- env SOURCE_DATE_EPOCH=$((THIS_YEAR + 86400)) "$SA" scan "$FB" --profile "$PROFILE" --previous "$WORK/changed.json" -o "$WORK/back.json" --format json
BACK=$(json "$WORK/back.json" "sum(f['status']=='reappeared' for f in d['findings'])")
[[ $BACK == "$FIXED" ]] && pass "$BACK reappeared (were fixed last time)" || fail "reappeared $BACK, fixed was $FIXED"
expect_grep "came back" "$WORK/out" "terminal summary says what came back"
printf '{"schema_version": 1}' >"$WORK/nofindings.json"
expect_status 2 "a previous report without findings is refused" -- "$SA" scan "$FB" --previous "$WORK/nofindings.json"
expect_grep "nofindings.json" "$WORK/err" "the message names the previous report"
finish
