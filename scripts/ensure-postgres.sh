#!/usr/bin/env bash
# Makes sure PostgreSQL server binaries are on this machine (Hyyve starts its own private cluster from them).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "${HYYVE_PG_BIN:-}" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "PostgreSQL server binaries are missing: install them (Debian: sudo apt-get install postgresql) or set Database__ConnectionString." >&2
  exit 1
fi
echo "Installing PostgreSQL from Debian packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
# Debian's package starts a cluster of its own on 5432; Hyyve does not use it.
service postgresql stop >/dev/null 2>&1 || true
