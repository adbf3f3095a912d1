#!/bin/sh
# Installs Debian's Chromium (driven headless by playwright-core in `npm run test:e2e`), a Bengali font
# (without one Chromium draws Bengali as boxes and the screenshots are useless) and poppler-utils (pdftotext,
# pdfinfo, pdftoppm: the print test reads back the PDF Chromium printed).
# Idempotent: does nothing when all three are present. Needs root (CI runs it as root; locally use sudo).
set -eu

need_chromium=0
need_font=0
need_poppler=0
[ -x /usr/bin/chromium ] || need_chromium=1
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need_poppler=1
if command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'bengali'; then :; else need_font=1; fi

if [ "$need_chromium" = 0 ] && [ "$need_font" = 0 ] && [ "$need_poppler" = 0 ]; then
  echo "chromium, a Bengali font and poppler-utils are already installed"
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
[ "$need_poppler" = 1 ] && pkgs="$pkgs poppler-utils"
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $pkgs
/usr/bin/chromium --version
