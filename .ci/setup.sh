#!/usr/bin/env bash
# Set up a fresh Debian machine for the test suite: system packages, then the project in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
# PostgreSQL for the store tests, Debian's chromium for the browser tests (never `playwright install`),
# calcurse and khal to read the exported calendar, Dovecot as the IMAP server (.ci/dovecot-up.sh)
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v chromium >/dev/null \
    || ! command -v calcurse >/dev/null || ! command -v khal >/dev/null || ! command -v dovecot >/dev/null; then
  # keep apt from starting the system's own PostgreSQL: the tests start a throwaway one on loopback
  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null; $SUDO chmod +x /usr/sbin/policy-rc.d; }
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql chromium calcurse khal \
    dovecot-imapd dovecot-lmtpd openssl tzdata >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
