# Shared by the command-line tests: run as `bash test_x.sh STAFF_AUDIT SOURCE_DIR MAKE_TEST_ZIP`
# (the hostile tests add MAKE_HOSTILE).
set -uo pipefail
SA="$1"
SRC="$2"
MAKE_ZIP="$3"
EXAMPLES="$SRC/examples"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_status WANT DESCRIPTION -- command...
expect_status() {
  local want=$1 what=$2
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [[ $got == "$want" ]]; then pass "$what (exit $got)"; else
    fail "$what: exit $got, wanted $want"; sed 's/^/  stdout: /' "$WORK/out" | head -20; sed 's/^/  stderr: /' "$WORK/err" | head -20
  fi
}

expect_grep() { # expect_grep PATTERN FILE DESCRIPTION
  if grep -q -- "$1" "$2"; then pass "$3"; else fail "$3: '$1' not in $2"; head -20 "$2" | sed 's/^/  /'; fi
}

expect_no_grep() {
  if grep -q -- "$1" "$2"; then fail "$3: '$1' found in $2"; else pass "$3"; fi
}

finish() {
  if ((failures)); then echo "$failures check(s) failed"; exit 1; fi
  echo "all passed"
}
