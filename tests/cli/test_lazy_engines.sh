# Start-up stays quick because the image engines (OpenCV, tesseract, libheif, libav, exiv2) are
# a module, staff-audit-vision.so, loaded only when a scan runs an image check on an export that
# has photos. LD_DEBUG=files makes the dynamic loader name every library it opens.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
heavy='opencv\|tesseract\|libheif\|libavcodec\|exiv2\|staff-audit-vision'

LD_DEBUG=files "$SA" checks >"$WORK/out" 2>"$WORK/loaded"
expect_no_grep "$heavy" "$WORK/loaded" "'checks' loads no image engine"
LD_DEBUG=files "$SA" --help >"$WORK/out" 2>"$WORK/loaded"
expect_no_grep "$heavy" "$WORK/loaded" "'--help' loads no image engine"

LD_DEBUG=files "$SA" scan "$FB" --checks employer.content,usage.school-hours -o "$WORK/text.json" --format json \
  >"$WORK/out" 2>"$WORK/loaded"
expect_no_grep "$heavy" "$WORK/loaded" "a scan without image checks loads no image engine"

LD_DEBUG=files "$SA" scan "$FB" --checks image.location,image.pupils -o "$WORK/img.json" --format json \
  >"$WORK/out" 2>"$WORK/loaded"
beside=$(cd "$(dirname "$SA")" && pwd -P)/staff-audit-vision.so
expect_grep "file=$beside .*dynamically loaded" "$WORK/loaded" "a scan with image checks loads the module beside the program"
python3 - "$WORK/img.json" <<'PY' && pass "the module analysed the photos" || fail "photos were not analysed"
import json, sys
d = json.load(open(sys.argv[1]))
assert not any(s["what"] == "photos and videos" for s in d["coverage"]["skipped"]), d["coverage"]["skipped"]
assert any(f["check"] == "image.location" for f in d["findings"]), [f["check"] for f in d["findings"]]
PY
finish
