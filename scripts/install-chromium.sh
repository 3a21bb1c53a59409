#!/usr/bin/env bash
# Makes sure a Chromium is installed for the browser test of the API reference (spec/test).
# Uses $CHROMIUM_PATH or /usr/bin/chromium when present; otherwise installs Debian's chromium
# package (no browser is ever downloaded from anywhere else).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is needed for the API reference test: install it and set CHROMIUM_PATH to its executable." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing Chromium (Debian package) for the API reference test..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
