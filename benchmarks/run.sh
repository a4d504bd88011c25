#!/usr/bin/env bash
# The benchmark (BENCHMARKS.md): builds release, generates synthetic exports, scans them with
# --timings and prints one table of sizes, times, ratios and memory. Not run in CI.
#   benchmarks/run.sh                 # the full run (20,000 photos at 2048 px: ~15 min to generate)
#   PHOTO_PX=320 PHOTOS="2000 20000" benchmarks/run.sh   # smaller photos, quicker to generate
# Environment: BENCH_DIR (work folder, kept; default a new temp folder, removed), POSTS,
# COMMENTS, MESSAGES, PHOTOS (photo counts to compare), PHOTO_PX, PHOTO_POSTS (posts in the
# photo exports), RUNS (repeats; the best is kept), JOBS1 (the counts also scanned with --jobs 1),
# REUSE_FLOORS (1: keep the floors already measured in BENCH_DIR).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
POSTS=${POSTS:-50000}
COMMENTS=${COMMENTS:-50000}
MESSAGES=${MESSAGES:-20000}
PHOTOS=${PHOTOS:-"2000 20000"}
PHOTO_PX=${PHOTO_PX:-2048}
PHOTO_POSTS=${PHOTO_POSTS:-5000}
RUNS=${RUNS:-3}
if [[ -n ${BENCH_DIR:-} ]]; then WORK=$BENCH_DIR; mkdir -p "$WORK"; else
  WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT; fi
PROFILE=$SRC/examples/school.toml

echo "== installing what is missing, building (release)" >&2
"$SRC/scripts/install-deps.sh" --bench
(cd "$SRC" && cmake --preset release >/dev/null && flock /tmp/sa-build.lock cmake --build --preset release --target staff-audit bench_media >/dev/null)
SA=$SRC/build/release/staff-audit
MAKE_PHOTOS=$SRC/build/release/make_photos
if [[ ! -x $MAKE_PHOTOS || $SRC/benchmarks/make_photos.cpp -nt $MAKE_PHOTOS ]]; then
  g++ -O2 -std=c++17 -w "$SRC/benchmarks/make_photos.cpp" $(pkg-config --cflags --libs opencv4) -o "$MAKE_PHOTOS"
fi

# best_wall CMD...: the best wall time of RUNS runs, in seconds.
best_wall() {
  local best="" t0 t1 s
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    s=$(( t1 - t0 )); if [[ -z $best || $s -lt $best ]]; then best=$s; fi
  done
  python3 -c "print($best / 1e9)"
}

# scan ZIP OUT.json [extra args]: a scan with --timings, the best of RUNS by wall time.
scan() {
  local zip=$1 out=$2; shift 2
  local best="" t0 t1 s
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    "$SA" scan "$zip" --profile "$PROFILE" --quiet --timings --format json -o "$WORK/run.json" "$@" \
      >/dev/null 2>"$WORK/run.err" || [[ $? == 1 ]] || { cat "$WORK/run.err" >&2; exit 1; }
    t1=$(date +%s%N); s=$(( t1 - t0 ))
    if [[ -z $best || $s -lt $best ]]; then best=$s; cp "$WORK/run.json" "$out"; echo "$s" >"$out.wall"; fi
  done
}

echo "== text export: $POSTS posts, $COMMENTS comments, $MESSAGES messages" >&2
# Kept in BENCH_DIR between runs while the counts and the generator stay the same.
TEXT_KEY="$POSTS $COMMENTS $MESSAGES $(md5sum <"$SRC/benchmarks/generate_export.py")"
if [[ ! -f $WORK/text.zip || $(cat "$WORK/text.key" 2>/dev/null) != "$TEXT_KEY" ]]; then
  python3 "$SRC/benchmarks/generate_export.py" --out "$WORK/text.zip" --posts "$POSTS" \
    --comments "$COMMENTS" --messages "$MESSAGES"
  echo "$TEXT_KEY" >"$WORK/text.key"
fi
rm -rf "$WORK/text"; mkdir -p "$WORK/text"; (cd "$WORK/text" && unzip -q "$WORK/text.zip")
# The literal patterns the text checks look for: every bundled word list plus the profile's names.
python3 - "$SRC" "$PROFILE" >"$WORK/patterns.txt" <<'PY'
import glob, sys, tomllib
src, profile = sys.argv[1], sys.argv[2]
terms = set()
for path in glob.glob(src + "/audit/text/data/*.txt"):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].split("|", 1)[0].strip()
        if line: terms.add(line)
school = tomllib.load(open(profile, "rb"))["school"]
for key in ("name", "aliases", "trust", "others", "domains", "postcode"):
    v = school.get(key, [])
    terms.update([v] if isinstance(v, str) else v)
print("\n".join(sorted(terms)))
PY
echo "== scanning the text export" >&2
scan "$WORK/text.zip" "$WORK/text.json"
RG=$(best_wall rg -F -i -c -f "$WORK/patterns.txt" "$WORK/text")
RG1=$(best_wall rg -j1 -F -i -c -f "$WORK/patterns.txt" "$WORK/text")
STARTUP=$(RUNS=20 best_wall "$SA" checks)
CHECKS_MEDIAN=$(python3 - "$SA" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(21):
    t = time.perf_counter(); subprocess.run([sys.argv[1], "checks"], stdout=subprocess.DEVNULL); times.append(time.perf_counter() - t)
print(statistics.median(times))
PY
)

for n in $PHOTOS; do
  echo "== photo export: $n photos at $PHOTO_PX px" >&2
  if [[ ! -f $WORK/photos_$n.zip ]]; then
    rm -rf "$WORK/ph"; "$MAKE_PHOTOS" "$SRC/../shared/testdata/images" "$WORK/ph" "$n" "$PHOTO_PX" 2>/dev/null
    python3 "$SRC/benchmarks/generate_export.py" --out "$WORK/photos_$n.zip" --posts "$PHOTO_POSTS" \
      --comments "$PHOTO_POSTS" --messages 2000 --photos "$n" --photo-dir "$WORK/ph"
    rm -rf "$WORK/ph"
  fi
  # The scan at --jobs 1 only where JOBS1 says (default: every count); 20,000 photos at 2048 px
  # take the better part of an hour on one core, and the ratio does not depend on the count.
  if [[ " ${JOBS1:-$PHOTOS} " == *" $n "* ]]; then scan "$WORK/photos_$n.zip" "$WORK/photos_$n.json" --jobs 1; fi
  scan "$WORK/photos_$n.zip" "$WORK/photos_${n}_j2.json" --jobs 2
  # The floors the end-to-end time is compared with: inflate + decode + faces, two threads. They
  # depend only on the decoder and the face cascade: REUSE_FLOORS=1 keeps a floors file already in
  # BENCH_DIR (20,000 photos take 20 minutes).
  if [[ ${REUSE_FLOORS:-0} != 1 || ! -s $WORK/photos_$n.floor ]]; then
    "$SRC/build/release/bench_media" --floor "$WORK/photos_$n.zip" >"$WORK/photos_$n.floor"
  fi
done

python3 "$SRC/benchmarks/table.py" "$WORK" "$RG" "$RG1" "$STARTUP" "$CHECKS_MEDIAN" $PHOTOS
