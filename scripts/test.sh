#!/usr/bin/env bash
# Installs what is needed, builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
# and runs the whole test suite (unit, checks, reports, conformance, command line, hostile
# input), then builds the libFuzzer targets (clang) and runs each briefly (15 s; SA_NO_FUZZ=1 skips
# them; scripts/fuzz.sh runs them longer).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
if [[ ${SA_NO_FUZZ:-0} == 0 ]]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  ctest --preset fuzz
fi
