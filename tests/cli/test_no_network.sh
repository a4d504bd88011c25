# Without --online the tool opens no network socket. A full scan of the example export runs
# under strace (no socket() of family AF_INET or AF_INET6 may appear), and under `unshare -n`
# (a process with no network at all) where that is available. A control run with --online
# against a loopback address shows that the trace does see the sockets it is looking for.
source "$(dirname "$0")/lib.sh"
FB="$EXAMPLES/exports/facebook-jordan"
SCAN=("$SA" scan "$FB" --profile "$EXAMPLES/school.toml" -o "$WORK/report.json" --format json --quiet)

# LeakSanitizer cannot run under ptrace (it aborts the traced scan): leaks are checked by every
# other test, so the traced runs turn it off.
TRACED_ENV=(env "ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0")
inet_sockets() { grep -E 'socket\((AF|PF)_INET6?,' "$1"; }

if ! command -v strace >/dev/null; then
  echo "skip: strace is not installed (scripts/install-deps.sh installs it)"
elif ! strace -f -qq -o /dev/null true 2>/dev/null; then
  echo "skip: strace cannot trace here (ptrace not permitted)"
else
  expect_status 1 "scan under strace" -- strace -f -qq -e trace=socket,connect -o "$WORK/trace" "${TRACED_ENV[@]}" "${SCAN[@]}"
  if [[ -s "$WORK/report.json" ]]; then pass "the traced scan wrote its report"; else fail "no report from the traced scan"; fi
  if inet_sockets "$WORK/trace" >"$WORK/inet"; then
    fail "a scan without --online opened network sockets:"; sed 's/^/  /' "$WORK/inet"
  else
    pass "no AF_INET/AF_INET6 socket without --online"
  fi

  # Control: with --online (pointed at a closed loopback port) the same trace shows the socket.
  STAFF_AUDIT_ONLINE_BASE=http://127.0.0.1:9 strace -f -qq -e trace=socket,connect -o "$WORK/trace-online" \
    "${TRACED_ENV[@]}" "${SCAN[@]}" --online >"$WORK/out" 2>"$WORK/err"
  if inet_sockets "$WORK/trace-online" >/dev/null; then pass "the trace sees the socket --online opens"; else
    fail "control: no AF_INET socket seen with --online"; head -20 "$WORK/trace-online" | sed 's/^/  /'; fi
  expect_grep "privacy.public-view: Facebook public page http://127.0.0.1:9/jordan.ellis.example" "$WORK/report.json" \
    "the unreachable page is listed as not checked"
fi

# No network namespace at all: the scan must still complete with the same findings.
if unshare -n true 2>/dev/null; then NONET=(unshare -n); elif unshare -rn true 2>/dev/null; then NONET=(unshare -rn); else NONET=(); fi
if ((${#NONET[@]})); then
  rm -f "$WORK/report.json"
  expect_status 1 "scan with no network (${NONET[*]})" -- "${NONET[@]}" "${SCAN[@]}"
  expect_grep '"check": "employer.profile"' "$WORK/report.json" "the scan without network found what it finds"
else
  echo "skip: unshare -n is not available here (needs root or user namespaces)"
fi
finish
