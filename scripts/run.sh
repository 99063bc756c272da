#!/usr/bin/env bash
# Runs Hyyve.Server on http://127.0.0.1:7071. Without Database__ConnectionString it starts (or reuses) a private
# PostgreSQL cluster under .hyyve/postgres, and stops it again when the server stops (Ctrl+C, SIGTERM) if this run
# started it. Extra arguments go to the server (e.g. --urls http://127.0.0.1:8080).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/pg-clusters.sh
source "$root/scripts/pg-clusters.sh"
cluster=""
if [ -z "${Database__ConnectionString:-}" ]; then
  "$root/scripts/ensure-postgres.sh"
  export Database__EmbeddedDataPath="${Database__EmbeddedDataPath:-$root/.hyyve/postgres}"
  # A cluster already running belongs to another run (or sandbox) of this checkout; leave it running afterwards.
  pg_is_running "$Database__EmbeddedDataPath/data" || cluster="$Database__EmbeddedDataPath/data"
fi
# The console page (/console) when Node.js is here; without it the server runs, and /console says how to build the page.
if command -v npm >/dev/null; then
  "$root/scripts/build-console.sh" --page-only || echo "The console page could not be built; the server runs without it." >&2
fi
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/Hyyve.Server" -c Release -nologo -v quiet -clp:ErrorsOnly
server=""
stop_server() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null || true; }
trap stop_server INT TERM
# The server runs in the background so this script keeps control on a signal: it forwards it, waits for the server
# to finish its graceful shutdown, then stops the cluster it started.
dotnet "$root/Hyyve.Server/bin/Release/net10.0/Hyyve.Server.dll" --contentRoot "$root/Hyyve.Server" "$@" &
server=$!
status=0
wait "$server" || status=$?
# wait returns early when a trapped signal arrives; wait again for the server's own exit.
while kill -0 "$server" 2>/dev/null; do wait "$server" || status=$?; done
[ -n "$cluster" ] && pg_stop "$cluster"
exit "$status"
