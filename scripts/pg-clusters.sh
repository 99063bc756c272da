#!/usr/bin/env bash
# Sourced by the scripts: where the embedded PostgreSQL clusters the scripts start live, and how to stop one.
# run.sh: .hyyve/postgres; sandbox.sh: .hyyve/sandbox-postgres; the tests: $TMPDIR/hyyve-test-postgres-$USER (reused
# between test runs so each run does not pay for initdb; a run drops the databases earlier runs left).

pg_bin() {
  if [ -n "${HYYVE_PG_BIN:-}" ]; then echo "$HYYVE_PG_BIN"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# The data folders (each holding PG_VERSION) of every cluster the scripts may have started for the checkout at $1.
pg_cluster_dirs() {
  local root="$1"
  echo "$root/.hyyve/postgres/data"
  echo "$root/.hyyve/sandbox-postgres/data"
  echo "${TMPDIR:-/tmp}/hyyve-test-postgres-$(id -un)/data"
}

pg_is_running() {
  [ -f "$1/postmaster.pid" ] && pg_as_owner "$(pg_bin)/pg_ctl" status -D "$1" >/dev/null 2>&1
}

pg_stop() {
  if pg_is_running "$1"; then
    pg_as_owner "$(pg_bin)/pg_ctl" stop -D "$1" -m fast -w >/dev/null && echo "Stopped PostgreSQL in $1"
  fi
}

# PostgreSQL refuses to run as root, so as root the clusters belong to (and are driven as) the postgres user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
