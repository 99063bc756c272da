#!/usr/bin/env bash
# Try Hyyve locally: a fake Chatwoot, Hyyve on its embedded PostgreSQL, a demo tenant and help center, and a
# prompt where you type as a customer and see what Chatwoot would show.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/ensure-postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project "$root/tools/Hyyve.Sandbox" -c Release -- "$@"
