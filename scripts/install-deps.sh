#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs to build, test and benchmark.
# Idempotent: packages already installed are skipped; apt-get update runs only
# when something is missing. Needs root (or sudo) only in that case.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  zlib1g-dev libzip-dev libsimdjson-dev libutf8proc-dev libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  wordnet-base
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
