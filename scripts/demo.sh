#!/usr/bin/env bash
# Installs what is needed, builds staff-audit (release) and runs `staff-audit demo` on the
# bundled fictional examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target staff-audit
exec build/release/staff-audit demo "$@"
