#!/usr/bin/env bash
# The local lifecycle, for real: ./scripts/run.sh starts its own PostgreSQL, says how to get in, and stops that cluster
# when it gets SIGTERM; scripts/admin-key.sh issues a key the running server accepts. Run by .ci/run after the tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=scripts/pg-clusters.sh
source "$root/scripts/pg-clusters.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/hyyve-lifecycle-XXXXXX")"
chmod 755 "$work"   # the postgres user must reach the cluster folder inside it
export Database__EmbeddedDataPath="$work/postgres"
unset Database__ConnectionString Tenancy__AdminApiKey
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
done
[ -n "$port" ] || { echo "lifecycle: no free port found" >&2; exit 1; }
url="http://127.0.0.1:$port"
fail() { echo "lifecycle: $*" >&2; [ -f "$work/run.log" ] && tail -40 "$work/run.log" >&2; exit 1; }

start() {
  "$root/scripts/run.sh" --urls "$url" >"$work/run.log" 2>&1 &
  run_pid=$!
  for _ in $(seq 1 360); do
    curl -sf "$url/api/ping" >/dev/null 2>&1 && return 0
    kill -0 "$run_pid" 2>/dev/null || fail "run.sh exited before the server answered"
    sleep 0.5
  done
  fail "the server did not answer $url/api/ping within 180 s"
}

# The console logger writes asynchronously: wait (bounded) for a line instead of reading the log once.
wait_for_log() {
  for _ in $(seq 1 40); do grep -q "$1" "$work/run.log" && return 0; sleep 0.25; done
  return 1
}

stop_with_sigterm() {
  kill -TERM "$run_pid"
  for _ in $(seq 1 120); do
    kill -0 "$run_pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$run_pid" 2>/dev/null && fail "run.sh still running 60 s after SIGTERM"
  pg_is_running "$Database__EmbeddedDataPath/data" && fail "the cluster run.sh started is still running after SIGTERM"
  return 0
}

start
wait_for_log "Generated the platform admin key" || fail "the first start did not print the generated admin key"
stop_with_sigterm
echo "lifecycle: first start printed the admin key; SIGTERM stopped the server and its PostgreSQL"

start
wait_for_log "run scripts/admin-key.sh" || fail "a start without Tenancy__AdminApiKey did not say how to get in"
key="$("$root/scripts/admin-key.sh" | sed -n 's/^New platform admin key (shown once): //p')"
[ -n "$key" ] || fail "scripts/admin-key.sh printed no key"
code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$url/api/admin/jobs/stats")"
[ "$code" = 200 ] || fail "the key from scripts/admin-key.sh got $code from /api/admin/jobs/stats"
stop_with_sigterm
echo "lifecycle: a restart said how to get in; scripts/admin-key.sh issued a working key; SIGTERM stopped everything"
rm -rf "$work" 2>/dev/null || true
