#!/usr/bin/env bash
# Installs Debian's chromium for the browser test (internal/browsertest),
# which skips without it. Does nothing when a Chromium is already there.
# Needs root (CI runs as root) and the Debian package mirror.
set -euo pipefail

if [ -x /usr/bin/chromium ] || [ -n "${ARTIKEL_CHROMIUM:-}" ]; then
	echo "chromium present: ${ARTIKEL_CHROMIUM:-/usr/bin/chromium}"
	exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null || { echo "install-chromium: need root or sudo" >&2; exit 1; }
	sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
