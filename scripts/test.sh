#!/usr/bin/env bash
# Installs what is needed, builds everything with AddressSanitizer + UndefinedBehaviorSanitizer
# and runs the whole test suite (unit, checks, reports, conformance, command line).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
