#!/usr/bin/env bash
# Issues a new platform admin key into the running database and prints it once. Revokes nothing: existing keys keep
# working. Uses run.sh's embedded cluster (.hyyve/postgres), or the libpq URL given as $1
# (e.g. postgresql://user:password@host:5432/hyyve) for a database of your own.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/pg-clusters.sh
source "$root/scripts/pg-clusters.sh"
key="hyv_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
sql="INSERT INTO hyyve.api_keys (id, scope, tenant_id, name, prefix, key_hash)
     VALUES (gen_random_uuid(), 'admin', NULL, 'issued by scripts/admin-key.sh', left(:'key', 10), sha256(convert_to(:'key', 'UTF8')))"
if [ $# -gt 0 ]; then
  # psql substitutes :'key' (quoted) only in what it reads, not in -c.
  echo "$sql;" | psql "$1" -v ON_ERROR_STOP=1 -q -v key="$key"
else
  data="${Database__EmbeddedDataPath:-$root/.hyyve/postgres}/data"
  if ! pg_is_running "$data"; then
    echo "No running embedded cluster in $data: start ./scripts/run.sh first, or pass your database's URL." >&2
    exit 1
  fi
  port="$(sed -n 4p "$data/postmaster.pid")"
  echo "$sql;" | pg_as_owner "$(pg_bin)/psql" -h 127.0.0.1 -p "$port" -U postgres -d hyyve -v ON_ERROR_STOP=1 -q -v key="$key"
fi
echo "New platform admin key (shown once): $key"
echo "Use it as: curl -H 'Authorization: Bearer $key' http://127.0.0.1:7071/api/admin/jobs/stats"
