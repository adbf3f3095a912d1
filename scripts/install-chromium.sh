#!/bin/sh
# Installs Debian's Chromium (driven headless by playwright-core in `npm run test:e2e`) and a Bengali font:
# without one Chromium draws Bengali as boxes and the screenshots are useless.
# Idempotent: does nothing when both are present. Needs root (CI runs it as root; locally use sudo).
set -eu

need_chromium=0
need_font=0
[ -x /usr/bin/chromium ] || need_chromium=1
if command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'bengali'; then :; else need_font=1; fi

if [ "$need_chromium" = 0 ] && [ "$need_font" = 0 ]; then
  echo "chromium and a Bengali font are already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
pkgs=""
[ "$need_chromium" = 1 ] && pkgs="$pkgs chromium"
# fonts-noto-core carries Noto Sans Bengali (and Latin); fontconfig gives fc-list for the check above.
[ "$need_font" = 1 ] && pkgs="$pkgs fonts-noto-core fontconfig"
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $pkgs
/usr/bin/chromium --version
