#!/usr/bin/env bash
# Builds Hyyve.sln (both hosts, warnings as errors) and runs every test: against a real PostgreSQL that the tests start
# themselves, and, for the Functions queue tests, a private Azurite started here and stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-postgres.sh"
# The console page first: the .NET build copies console/dist into Hyyve.Server, whose browser tests then drive it.
"$root/scripts/build-console.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=scripts/azurite.sh
source "$root/scripts/azurite.sh"
trap azurite_stop EXIT
if ! azurite_start "$root"; then
  if [ -n "${CI:-}" ]; then
    echo "Azurite could not be started; on CI that fails the run." >&2
    exit 1
  fi
  echo "Azurite could not be started; the Functions queue tests will be skipped." >&2
fi

# NU1603 stays a warning: the Functions SDK restores a WorkerExtensions project it generates under obj/, whose
# dependencies ask for versions this registry does not serve, and central pins cannot reach that project.
dotnet build Hyyve.sln -c Release -nologo -clp:ErrorsOnly -warnaserror -warnnotaserror:NU1603
log="$(mktemp)"
status=0
# Normal verbosity prints each test as it finishes, so a long integration run shows its progress.
dotnet test Hyyve.sln -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# The failed tests' names again, just above the summary, so the tail of a long log says what broke.
grep -E '^ +Failed [A-Za-z_]' "$log" | sort -u | sed 's/^ */FAILED: /' || true
# One closing line for every project together, in the plain form CI reads.
# With the normal console logger each project ends in "Total tests: N" and "Passed: N" / "Failed: N" / "Skipped: N" lines;
# the minimal one (when a caller passes its own --logger) in one "Passed! - Failed: N, Passed: N, Skipped: N" line.
awk '/(Passed|Failed|Skipped)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^Total tests: [0-9]+$/ { totals = 1; next }
     totals && /^ +Passed: [0-9]+$/ { p += $2; next }
     totals && /^ +Failed: [0-9]+$/ { f += $2; next }
     totals && /^ +Skipped: [0-9]+$/ { s += $2; next }
     { totals = 0 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
