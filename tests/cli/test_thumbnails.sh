# --thumbnails: the HTML report gets blurred data: pictures of the photos in findings (and the
# policy allows data: images, nothing more); JSON and Markdown stay without pictures; --redact
# always blurs; a report without the flag holds no image at all.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
PROFILE="$EXAMPLES/school.toml"

expect_status 1 "scan without thumbnails" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/plain.html"
expect_no_grep '<img' "$WORK/plain.html" "no picture without the flag"
expect_no_grep 'img-src' "$WORK/plain.html" "no image allowed by the policy without the flag"

expect_status 1 "scan --thumbnails" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/t" --format html --format json --format md --thumbnails
expect_grep "img-src data:; base-uri 'none'" "$WORK/t.html" "the policy allows data: images only"
expect_grep '<img class="thumb" src="data:image/jpeg;base64,' "$WORK/t.html" "pictures are inside the page"
expect_grep 'alt="Blurred small picture of your_facebook_activity/posts/media/' "$WORK/t.html" "each says it is blurred and which photo"
expect_no_grep 'base64' "$WORK/t.json" "the JSON report has no pictures"
expect_no_grep 'base64' "$WORK/t.md" "the Markdown report has no pictures"
pictures=$(grep -o '<img class="thumb"' "$WORK/t.html" | wc -l)
photos=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len({f["location"]["media"] for f in d["findings"] if f["location"].get("media")}))' "$WORK/t.json")
[[ $photos -gt 0 && $pictures -ge $photos ]] && pass "$pictures pictures for $photos photos in findings" || fail "$pictures pictures for $photos photos"

expect_status 1 "--thumbnails=sharp" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/s.html" --thumbnails=sharp
expect_grep 'alt="Small picture of ' "$WORK/s.html" "sharp pictures when asked"
expect_status 1 "--thumbnails=sharp --redact" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/r.html" --thumbnails=sharp --redact
expect_grep 'alt="Blurred small picture of ' "$WORK/r.html" "--redact always blurs"
expect_no_grep 'alt="Small picture of ' "$WORK/r.html" "no sharp picture in a redacted report"
expect_status 2 "an unknown style" -- "$SA" scan "$FB" --profile "$PROFILE" -o "$WORK/x.html" --thumbnails=huge
finish
