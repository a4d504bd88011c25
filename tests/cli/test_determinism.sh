# The same input gives byte-identical JSON apart from generated_at: two runs over every example
# export, and --jobs 1 against --jobs 2 and 8 (photo workers and check threads).
source "$(dirname "$0")/lib.sh"
INPUTS=()
for x in facebook instagram linkedin tiktok x; do INPUTS+=("$EXAMPLES/exports/$x-jordan"); done
run() { # run NAME ARGS...: one JSON report, generated_at removed
  local name=$1; shift
  expect_status 1 "scan ($name)" -- "$SA" scan "${INPUTS[@]}" --profile "$EXAMPLES/school.toml" \
    -o "$WORK/$name.json" --format json --quiet "$@"
  grep -v '"generated_at"' "$WORK/$name.json" >"$WORK/$name.stable"
}
same() { # same A B WHAT
  if [[ -s $WORK/$1.stable ]] && cmp -s "$WORK/$1.stable" "$WORK/$2.stable"; then pass "$3"; else
    fail "$3"; diff "$WORK/$1.stable" "$WORK/$2.stable" | head -20; fi
}
run first
run second
same first second "two runs give byte-identical JSON"
run jobs1 --jobs 1
run jobs2 --jobs 2
same jobs1 jobs2 "--jobs 1 and --jobs 2 give byte-identical JSON"
run jobs8 --jobs 8
same jobs1 jobs8 "--jobs 1 and --jobs 8 (more threads than checks of a kind) give byte-identical JSON"
same first jobs2 "the default and --jobs 2 give byte-identical JSON"
grep -q '"generated_at"' "$WORK/first.json" && pass "generated_at is the one line left out" || fail "no generated_at"
finish
