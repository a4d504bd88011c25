# A corrupt zip stops with a message naming it (exit 2); a partly broken export is still scanned
# and the bad file is listed under the report's sources.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"

"$MAKE_ZIP" "$WORK/whole.zip" "$FB" || fail "could not build the test zip"
head -c 2000 "$WORK/whole.zip" >"$WORK/truncated.zip"
expect_status 2 "truncated zip" -- "$SA" scan "$WORK/truncated.zip" --profile "$EXAMPLES/school.toml"
expect_grep "truncated.zip" "$WORK/err" "message names the corrupt zip"

printf 'not a zip at all' >"$WORK/fake.zip"
expect_status 2 "a text file named .zip" -- "$SA" scan "$WORK/fake.zip"
expect_grep "fake.zip" "$WORK/err" "message names the fake zip"

# The same export as a zip with one file damaged: scanned, the problem reported.
"$MAKE_ZIP" "$WORK/partly.zip" "$FB" --raw 'connections/friends/your_friends.json={"friends_v2": [ {"name": ' \
  || fail "could not build the partly broken zip"
expect_status 1 "partly broken zip is scanned" -- "$SA" scan "$WORK/partly.zip" --profile "$EXAMPLES/school.toml" -o "$WORK/partly.json" --format json
expect_grep "your_friends.json" "$WORK/partly.json" "the damaged file is named in the report"
expect_grep '"problems"' "$WORK/partly.json" "the report lists problems"
expect_grep "employer.profile" "$WORK/partly.json" "the rest of the export was still audited"

# The whole zip and the unpacked folder give the same findings.
expect_status 1 "zip scan" -- "$SA" scan "$WORK/whole.zip" --profile "$EXAMPLES/school.toml" -o "$WORK/zip.json" --format json
expect_status 1 "folder scan" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" -o "$WORK/folder.json" --format json
grep -o '"id": "f-[0-9a-f-]*"' "$WORK/zip.json" >"$WORK/zip.ids"
grep -o '"id": "f-[0-9a-f-]*"' "$WORK/folder.json" >"$WORK/folder.ids"
if cmp -s "$WORK/zip.ids" "$WORK/folder.ids" && [[ -s "$WORK/zip.ids" ]]; then pass "zip and folder give the same finding ids"; else fail "zip and folder findings differ"; fi
finish
