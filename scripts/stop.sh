#!/usr/bin/env bash
# Stops every embedded PostgreSQL cluster the scripts of this checkout started: run.sh's (.hyyve/postgres), the
# sandbox's (.hyyve/sandbox-postgres) and the tests' ($TMPDIR/hyyve-test-postgres-$USER). Their data stays; the next
# run starts them again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/pg-clusters.sh
source "$root/scripts/pg-clusters.sh"
stopped=0
while read -r dir; do
  if pg_is_running "$dir"; then pg_stop "$dir"; stopped=$((stopped + 1)); fi
done < <(pg_cluster_dirs "$root")
echo "$stopped embedded PostgreSQL cluster(s) stopped."
