#!/usr/bin/env bash
# run_fuzz.sh TARGET SEEDS SECONDS SOURCE_DIR MAKE_ZIP ARTIFACTS: runs one libFuzzer target for
# SECONDS from a seed corpus built now from SOURCE_DIR/examples (nothing is checked in), in a
# temporary folder removed afterwards. Prints the executions reached; fails on any crash, leak,
# timeout or out-of-memory, keeping the input that caused it under ARTIFACTS.
set -euo pipefail
target=$1 seeds=$2 seconds=$3 src=$4 make_zip=$5 artifacts=$6
examples="$src/examples"
name=$(basename "$target")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" "$work/corpus" "$artifacts"

copy_ext() { # copy_ext EXT...: every example file with one of these extensions
  local ext i=0
  for ext in "$@"; do
    while IFS= read -r -d '' f; do cp "$f" "$work/seeds/$((i++)).$ext"; done \
      < <(find "$examples" -type f -name "*.$ext" -size -256k -print0 | sort -z)
  done
}

case $seeds in
  json) copy_ext json ;;
  js) copy_ext js ;;
  csv) # the first byte chooses parse_csv's options (fuzz_csv.cpp): a few useful ones
    for f in "$examples"/exports/linkedin-jordan/*.csv "$examples"/rosters/*.csv; do
      for mode in 0c 2c 2d; do
        { printf "\\x$mode"; cat "$f"; } >"$work/seeds/$(basename "$f").$mode"
      done
    done ;;
  html) printf '<html><head><base href="../../"><title>t</title></head><body><div class="pam _3-95"><a href="x">a</a><br>b</div></body></html>' >"$work/seeds/meta.html" ;;
  toml) copy_ext toml ;;
  roster) copy_ext csv
    printf 'staff_audit_hashed_roster = 1\nkind = "pupils"\nhash = "blake2b-256(salt || form)"\nsalt = "000102030405060708090a0b0c0d0e0f"\npeople = [\n  { year_group = "Year 4", birth_year = 2016, full = ["%064d"] },\n]\n' 0 \
      >"$work/seeds/hashed.roster" ;;
  zip) for d in "$examples"/exports/*/; do "$make_zip" "$work/seeds/$(basename "$d").zip" "$d"; done ;;
  import) # fuzz_import.cpp's format: "==> NAME" lines, each followed by the file
    for d in "$examples"/exports/*/; do
      while IFS= read -r -d '' f; do
        printf '==> %s\n' "${f#"$d"}"; cat "$f"; printf '\n'
      done < <(find "$d" -type f -size -16k -print0 | sort -z) >"$work/seeds/$(basename "$d").txt"
    done ;;
  media) copy_ext jpg ;;
  none) ;;
  *) echo "run_fuzz.sh: unknown seed kind '$seeds'" >&2; exit 2 ;;
esac
echo "$name: $(find "$work/seeds" -type f | wc -l) seeds, ${seconds}s"

status=0
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "$work/corpus" "$work/seeds" \
  >"$work/log" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)' "$work/log" || true
if ((status)); then
  echo "$name: FAILED (exit $status); the input is kept under $artifacts"
  grep -E 'ERROR|SUMMARY|==[0-9]+==' "$work/log" | head -20 || true
  tail -60 "$work/log"
  exit 1
fi
echo "$name: no crash"
