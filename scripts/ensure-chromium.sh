#!/usr/bin/env bash
# Installs Debian's Chromium for the GraphiQL browser test (test/graphiql.browser.test.ts).
# Idempotent: does nothing when /usr/bin/chromium exists. Never downloads a browser build of
# its own: Debian's package only, through apt-get.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "ensure-chromium: $CHROMIUM is missing, and installing it needs root (or sudo)." >&2
  echo "ensure-chromium: install Debian's 'chromium' package by hand: apt-get install chromium" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and this machine has no apt-get;" >&2
  echo "ensure-chromium: install Chromium so that $CHROMIUM exists, then rerun the tests." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium package (needed by the GraphiQL browser test)"
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update && "${SUDO[@]}" apt-get install -y --no-install-recommends chromium; }; then
  echo "ensure-chromium: could not install chromium with apt-get (see the messages above)." >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo installed) at $CHROMIUM"
