#!/usr/bin/env bash
# Browser test set-up: installs the pinned playwright-core (package-lock.json) with `npm ci` into
# the build folder, never into the source tree. Skipped when the same lock is already installed.
# usage: setup.sh SOURCE_DIR(tests/browser) DEST_DIR
set -euo pipefail
src=$1 dest=$2
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "browser test: $tool is missing (run scripts/install-deps.sh)" >&2; exit 1; }
done
chromium=${CHROMIUM:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "browser test: $chromium is missing (run scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$dest"
if [[ -f $dest/node_modules/playwright-core/package.json ]] && cmp -s "$src/package-lock.json" "$dest/package-lock.json"; then
  echo "browser test: playwright-core already installed in $dest"
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
# The npm registry is the only network this needs; the report itself is opened offline.
timeout 240 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
echo "browser test: installed playwright-core $(node -p 'require("playwright-core/package.json").version') in $dest"
