#!/usr/bin/env bash
# Runs Hyyve.Server on http://127.0.0.1:7071. Without Database__ConnectionString it starts (or reuses) a private
# PostgreSQL cluster under .hyyve/postgres. Extra arguments go to the server (e.g. --urls http://127.0.0.1:8080).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${Database__ConnectionString:-}" ]; then
  "$root/scripts/ensure-postgres.sh"
  export Database__EmbeddedDataPath="${Database__EmbeddedDataPath:-$root/.hyyve/postgres}"
fi
# The console page (/console) when Node.js is here; without it the server runs, and /console says how to build the page.
if command -v npm >/dev/null; then
  "$root/scripts/build-console.sh" --page-only || echo "The console page could not be built; the server runs without it." >&2
fi
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project "$root/Hyyve.Server" -c Release -- "$@"
