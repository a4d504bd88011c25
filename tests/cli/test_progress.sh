# Progress and --timings: a real pseudo-terminal gets the progress line on stderr; a pipe and
# --quiet get none; --timings prints the stages and adds them to the JSON report.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"

# Runs the scan with stderr on a pseudo-terminal (stdout stays a file); writes what the
# terminal received to $WORK/tty.
on_tty() {
  python3 - "$WORK/tty" "$@" <<'PY'
import os, pty, subprocess, sys
out, cmd = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()
proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the child closed the terminal
        break
    if not chunk:
        break
    data += chunk
proc.wait()
open(out, "wb").write(data)
PY
}

if ! python3 -c 'import pty' 2>/dev/null; then
  echo "skip: python3 with pty is needed"
else
  on_tty "$SA" scan "$FB" --profile "$EXAMPLES/school.toml"
  expect_grep "importing" "$WORK/tty" "terminal: the import stage is shown"
  expect_grep "checking \[" "$WORK/tty" "terminal: the check stage has a bar"
  checks_total=$("$SA" checks --markdown | grep -c '^| `')
  expect_grep "/$checks_total" "$WORK/tty" "terminal: counts of checks"
  if grep -q $'\r' "$WORK/tty"; then pass "terminal: the line is redrawn in place"; else fail "no carriage return on the terminal"; fi
  on_tty "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" --quiet
  expect_no_grep "checking" "$WORK/tty" "terminal with --quiet: no progress"
fi

expect_status 1 "scan to a pipe" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml"
expect_no_grep "checking" "$WORK/err" "pipe: no progress"
if grep -q $'\r' "$WORK/err"; then fail "pipe: carriage returns on stderr"; else pass "pipe: no control characters"; fi
expect_no_grep "timings" "$WORK/err" "no timings without --timings"

expect_status 1 "scan --timings" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" --timings \
  --format json -o "$WORK/report.json"
for stage in "archive open" "archive read" "parse and import" "text checks" "report" "write reports" "peak memory"; do
  expect_grep "$stage" "$WORK/err" "--timings on stderr: $stage"
done
python3 - "$WORK/report.json" <<'PY' && pass "--timings in the JSON report's coverage" || fail "coverage.timings missing or wrong"
import json, sys
t = json.load(open(sys.argv[1]))["coverage"]["timings"]
names = [s["stage"] for s in t["stages"]]
assert {"archive read", "parse and import", "text checks", "report"} <= set(names), names
assert all(s["wall_s"] >= 0 and s["cpu_s"] >= 0 for s in t["stages"])
# The image stage by kind of work: the example's photos are read, their EXIF parsed, decoded once
# and searched for faces, each a row with its own CPU.
media = {s["stage"]: s for s in t["stages"] if s["stage"].startswith("media: ")}
for kind in ("media: metadata", "media: decode photos", "media: faces"):
    assert kind in media and media[kind]["cpu_s"] > 0, (kind, media)
assert t["peak_rss_kb"] > 1000
PY
expect_status 1 "scan without --timings" -- "$SA" scan "$FB" --profile "$EXAMPLES/school.toml" \
  --format json -o "$WORK/plain.json"
expect_no_grep '"timings"' "$WORK/plain.json" "no timings in the report without --timings"
finish
