#!/usr/bin/env bash
# Installs every Debian package staff-audit needs to build, test and run (Debian 12).
# Idempotent: packages already present are skipped by apt-get.
#   scripts/install-deps.sh          # to build, test and run
#   scripts/install-deps.sh --bench  # also what benchmarks/run.sh compares with (ripgrep)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # libraries (Debian -dev packages only; nothing is downloaded at build or run time)
  libzip-dev libsimdjson-dev nlohmann-json3-dev libtomlplusplus-dev libcli11-dev libexpected-dev
  libutf8proc-dev libvectorscan-dev libsodium-dev libphonenumber-dev libicu-dev libcsv-dev libgumbo-dev libcurl4-openssl-dev
  libjemalloc-dev
  # photos and videos: OpenCV (+ the face cascades in opencv-data), libjpeg-turbo, exiv2,
  # libheif, libav*, tesseract with its English model; exiftool only for the benchmark
  libopencv-dev opencv-data libturbojpeg0-dev libexiv2-dev libheif-dev libavformat-dev
  libavcodec-dev libswscale-dev libavutil-dev libtesseract-dev tesseract-ocr-eng libimage-exiftool-perl
  # tests (strace: proves that a scan without --online opens no network socket; jq reads the
  # hostile-input reports; zlib writes the hostile archives' 2 GB entry)
  catch2 strace jq zlib1g-dev
  # fuzzing (the `fuzz` preset: clang's libFuzzer with ASan + UBSan)
  clang libclang-rt-14-dev
  # browser test: the HTML report in headless chromium, driven by playwright-core from npm
  chromium nodejs
  # tests: python3 drives the passphrase prompt through a real pseudo-terminal (tests/cli/pty_answer.py)
  python3
)
# Debian's npm, unless npm is already there (a Node.js from elsewhere brings its own npm and
# conflicts with Debian's package).
command -v npm >/dev/null 2>&1 || packages+=(npm)
# The benchmark's floor for the text stage is ripgrep searching the same text (BENCHMARKS.md).
if [[ ${1:-} == --bench ]]; then packages+=(ripgrep); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
