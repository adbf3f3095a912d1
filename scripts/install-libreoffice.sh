#!/usr/bin/env bash
# Installs a real spreadsheet program for `npm run test:libreoffice` (the round trip of a filled copy through Calc).
# Debian's headless Calc, and only when soffice is missing: CI machines are reused, reinstalling wastes minutes.
set -euo pipefail

if command -v soffice >/dev/null 2>&1; then
  echo "soffice already installed: $(command -v soffice)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-libreoffice: not root and no sudo; install libreoffice-calc-nogui by hand" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# -nogui: no X11 stack; --no-install-recommends keeps it to ~250 MB instead of the whole office suite.
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
command -v soffice >/dev/null 2>&1 || { echo "install-libreoffice: soffice still missing after install" >&2; exit 1; }
echo "installed: $(soffice --version 2>/dev/null | head -1)"
