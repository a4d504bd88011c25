# Hostile and broken exports (make_hostile writes them into a temp dir now): each must give a
# problem naming the file and the reason, the rest of the export still audited (exit 1: the
# example export has high findings), exit 2 with a message naming the zip when nothing can be
# read, and every scan stays within 60 s and 1.5 GB (ASan's own overhead included).
# Run as: bash test_hostile.sh STAFF_AUDIT SOURCE_DIR MAKE_TEST_ZIP MAKE_HOSTILE
source "$(dirname "$0")/../cli/lib.sh"
HOSTILE="$4"
FB="$EXAMPLES/exports/facebook-jordan"
PROFILE="$EXAMPLES/school.toml"
OUT="$WORK/zips"
mkdir -p "$OUT"
"$HOSTILE" "$OUT" "$FB" || fail "make_hostile could not write the archives"

# scan CASE WANT_STATUS: scans $OUT/CASE.zip (or the folder $OUT/CASE) within the bounds.
scan() {
  local input="$OUT/$1.zip"
  [[ -e $input ]] || input="$OUT/$1"
  rm -f "$WORK/$1.json"
  expect_status "$2" "$1" -- "$HOSTILE" --run 1500 60 -- "$SA" scan "$input" --profile "$PROFILE" \
    -o "$WORK/$1.json" --format json --quiet
  grep -h peak_rss_mb "$WORK/err" | sed "s/^/  $1: /"
}
# problem CASE FILE REASON: the report lists FILE with REASON among its problems.
problem() {
  if jq -e --arg f "$2" --arg r "$3" \
       '[.sources[].problems[] | select(.file == $f and (.message | contains($r)))] | length > 0' \
       "$WORK/$1.json" >/dev/null 2>&1; then pass "$1: $2: $3"; else
    fail "$1: no problem '$3' for '$2'"; jq -c '[.sources[].problems[]]' "$WORK/$1.json" 2>&1 | head -c 2000; echo; fi
}
# audited CASE [CHECK]: the rest of the export was read: CHECK (default employer.profile: the
# example profile names the school) still fires.
audited() {
  if jq -e --arg c "${2:-employer.profile}" '[.findings[] | select(.check == $c)] | length > 0' \
       "$WORK/$1.json" >/dev/null 2>&1
  then pass "$1: the rest of the export was audited"; else fail "$1: the rest of the export was not audited"; fi
}

scan names 1
problem names "../../escape.json" "parent-folder (..) component"
problem names "/etc/absolute.json" "absolute path"
problem names "C:/Windows/drive.json" "drive letter"
problem names 'sub\..\..\backslash_escape.json' "parent-folder (..) component"
problem names 'ctrl\x01\x1b[31mname.json' "control character in name"
expect_no_grep $'\x1b' "$WORK/names.json" "names: no raw escape character reaches the report"
audited names

scan symlink 1
problem symlink "your_facebook_activity/posts/link.json" "symbolic link (not followed)"
audited symlink

scan duplicate 1
problem duplicate "notes/dup.json" "duplicate entry"
audited duplicate

scan encrypted_entry 1
problem encrypted_entry "secret/locked.json" "encrypted entry"
audited encrypted_entry
scan all_encrypted 2
expect_grep "all_encrypted.zip: the zip is password-protected" "$WORK/err" "all_encrypted: the message names the zip"

scan zip64_size 2
expect_grep "zip64_size.zip: corrupt zip" "$WORK/err" "zip64_size: a lying zip64 size is a corrupt zip, named"
scan zip64_count 2
expect_grep "zip64_count.zip: truncated or corrupt zip" "$WORK/err" "zip64_count: a zip64 count with no zip64 record is named"

scan bomb 1
problem bomb "your_facebook_activity/posts/bomb.json" "looks like a zip bomb"
audited bomb
scan json_2gb 1
problem json_2gb "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json" "looks like a zip bomb"
audited json_2gb

scan nested 1
problem nested "archive/inner.zip" "a zip inside the export is not opened"
audited nested

scan many_entries 1
audited many_entries

scan bad_utf8 1
problem bad_utf8 "connections/friends/your_friends.json" "not valid UTF-8"
audited bad_utf8
scan deep_json 1
problem deep_json "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json" "not valid JSON"
audited deep_json
scan wrong_types 1
problem wrong_types "connections/friends/your_friends.json" "have no name as text and were skipped"
audited wrong_types
scan truncated_json 1
problem truncated_json "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json" "not valid JSON"
audited truncated_json

# A truncated zip: nothing can be listed, so the scan stops naming it.
head -c 30000 "$OUT/names.zip" >"$OUT/truncated.zip"
scan truncated 2
expect_grep "truncated.zip: truncated or corrupt zip" "$WORK/err" "truncated: the message names the zip"

# LinkedIn CSV with an unbalanced quote: that file is a problem, the others are read.
cp -r "$EXAMPLES/exports/linkedin-jordan" "$OUT/csv_quotes"
printf 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"Ellie,Mason,,,,,01 Jan 2025\nSam,Lee,,,,,02 Jan 2025\n' \
  >"$OUT/csv_quotes/Connections.csv"
scan csv_quotes 1
problem csv_quotes "Connections.csv" "a quoted field is never closed"
audited csv_quotes

# X: a data file cut short and one that is not JavaScript at all.
cp -r "$EXAMPLES/exports/x-jordan" "$OUT/x_broken"
head -c 300 "$EXAMPLES/exports/x-jordan/data/follower.js" >"$OUT/x_broken/data/follower.js"
printf '\x00\xff binary' >"$OUT/x_broken/data/following.js"
scan x_broken 1
problem x_broken "data/follower.js" "not valid JSON"
problem x_broken "data/following.js" "not an X archive data file"
audited x_broken employer.content

# HTML soup: a Facebook HTML export whose pages are unclosed, misnested and 100,000 deep.
mkdir -p "$OUT/html_soup/personal_information/profile_information" "$OUT/html_soup/your_facebook_activity/posts"
printf '<html><head><title>Profile information</title><body><div class="_a706"><table><tr><td>Name<td><b><i>Jordan Ellis</b></i><p><p><div></table>' \
  >"$OUT/html_soup/personal_information/profile_information/profile_information.html"
{ printf '<html><body>'; for ((i = 0; i < 100000; i++)); do printf '<div>'; done; printf 'deep'; } \
  >"$OUT/html_soup/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html"
expect_status 0 "html_soup" -- "$HOSTILE" --run 1500 60 -- "$SA" scan "$OUT/html_soup" --profile "$PROFILE" \
  -o "$WORK/html_soup.json" --format json --quiet --fail-on review
problem html_soup "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html" "deep"

# Nothing was written next to or inside the inputs but what this script made.
ls -A "$OUT" | sort >"$WORK/after"
expected="all_encrypted.zip bad_utf8.zip bomb.zip csv_quotes deep_json.zip duplicate.zip encrypted_entry.zip html_soup json_2gb.zip many_entries.zip names.zip nested.zip symlink.zip truncated.zip truncated_json.zip wrong_types.zip x_broken zip64_count.zip zip64_size.zip"
[[ $(tr '\n' ' ' <"$WORK/after" | sed 's/ $//') == "$expected" ]] && pass "nothing new next to the hostile inputs" \
  || { fail "files appeared next to the inputs"; cat "$WORK/after"; }
finish
