#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [TARGET...]: builds the libFuzzer targets (the `fuzz` preset: clang,
# ASan + UBSan) and runs each for SECONDS (default 60) from seeds made from examples/, printing
# the executions reached. An input that crashes a target is kept in build/fuzz/fuzz-artifacts/.
# CI runs the same targets for 15 s each (`ctest --preset fuzz`, from scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mapfile -t targets < <(grep -oE '^sa_fuzz_target\([a-z_]+ [a-z]+' tests/fuzz/CMakeLists.txt | sed 's/^sa_fuzz_target(//')
failed=0
for spec in "${targets[@]}"; do
  read -r name seeds <<<"$spec"
  if (($#)) && [[ " $* " != *" $name "* ]]; then continue; fi
  bash tests/fuzz/run_fuzz.sh "build/fuzz/tests/fuzz/$name" "$seeds" "$seconds" "$PWD" \
    build/fuzz/tests/fuzz/sa_fuzz_make_zip "$PWD/build/fuzz/fuzz-artifacts" || failed=1
done
exit $failed
