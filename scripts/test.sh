#!/usr/bin/env bash
# Builds Hyyve.Local.slnf and runs every test against a real PostgreSQL that the tests start themselves.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Hyyve.Local.slnf -c Release -nologo -clp:ErrorsOnly
log="$(mktemp)"
status=0
dotnet test Hyyve.Local.slnf -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?
# One closing line for every project together, in the plain form CI reads.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
