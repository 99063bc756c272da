#!/usr/bin/env bash
# Builds the agent console page (console/: npm ci from the committed lock, then tsc and vite build into console/dist, which the
# .NET build copies beside Hyyve.Server) and makes sure Debian's Chromium is here for its browser tests. Run before
# `dotnet build` (scripts/test.sh does). Without Node.js the server still builds, without the page: the browser tests then skip
# locally and fail on CI. `--page-only` (scripts/run.sh) leaves Chromium alone.
set -euo pipefail
page_only=""
[ "${1:-}" = "--page-only" ] && page_only=1
root="$(cd "$(dirname "$0")/.." && pwd)"
console="$root/console"
export DEBIAN_FRONTEND=noninteractive
as_root() { [ "$(id -u)" -eq 0 ]; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  apt-get install -y -qq "$@" >/dev/null
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if ! as_root; then
    echo "Node.js and npm are missing (Debian: sudo apt-get install nodejs npm): the console page is not built." >&2
    [ -z "${CI:-}" ] || exit 1
    exit 0
  fi
  echo "Installing Node.js and npm from Debian packages..."
  apt_install nodejs npm
fi

if [ -z "$page_only" ] && [ ! -x "${HYYVE_CHROMIUM:-/usr/bin/chromium}" ]; then
  if as_root; then
    echo "Installing Chromium from Debian packages (for the console's browser tests)..."
    apt_install chromium
  else
    echo "Chromium is missing (Debian: sudo apt-get install chromium): the console's browser tests will be skipped." >&2
  fi
fi

# npm ci wipes node_modules, so run it only when the lock changed since the last install.
stamp="$console/node_modules/.hyyve-lock"
if ! cmp -s "$console/package-lock.json" "$stamp"; then
  (cd "$console" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$console/package-lock.json" "$stamp"
fi
(cd "$console" && npm run --silent build)
echo "Console page built into console/dist"
