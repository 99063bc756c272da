#!/usr/bin/env bash
# Sourced by scripts/test.sh: installs Azurite (the Azure Storage emulator) from npm into .hyyve/tools and starts a
# private instance for the Functions queue tests. Always with --disableTelemetry (without it Azurite connects outside
# this machine and ignores SIGTERM) and --skipApiVersionCheck, bound to 127.0.0.1 on free ports, data under .hyyve/.
# azurite_start exports HYYVE_TEST_AZURITE (the tests' connection string); azurite_stop ends the instance.

AZURITE_VERSION=3.37.0
AZURITE_PID=""

azurite_free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

azurite_answers() {
  node -e 'require("http").get(process.argv[1], () => process.exit(0)).on("error", () => process.exit(1))' "$1"
}

# Node.js and npm come with this kind of machine; install Debian's when they are missing and we may.
azurite_ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Node.js and npm are missing: install them (Debian: sudo apt-get install nodejs npm)." >&2
    return 1
  fi
  echo "Installing Node.js and npm from Debian packages..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
}

azurite_start() {
  local root="$1" tools="$1/.hyyve/tools/azurite" installed=""
  azurite_ensure_node || return 1
  installed="$(node -p "require('$tools/node_modules/azurite/package.json').version" 2>/dev/null || true)"
  if [ "$installed" != "$AZURITE_VERSION" ]; then
    echo "Installing azurite@$AZURITE_VERSION into .hyyve/tools/azurite..."
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "azurite@$AZURITE_VERSION" >/dev/null || return 1
  fi

  local blob queue table data
  blob="$(azurite_free_port)"; queue="$(azurite_free_port)"; table="$(azurite_free_port)"
  data="$root/.hyyve/azurite-test"
  rm -rf "$data" && mkdir -p "$data"
  "$tools/node_modules/.bin/azurite" --silent --disableTelemetry --skipApiVersionCheck --location "$data" \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table" \
    >"$data/azurite.log" 2>&1 &
  AZURITE_PID=$!

  # Ready when the queue endpoint answers; bounded to 30 s.
  local i
  for i in $(seq 1 60); do
    if azurite_answers "http://127.0.0.1:$queue/devstoreaccount1?comp=list"; then
      # Azurite's documented development account (public, emulator only).
      export HYYVE_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;"
      echo "Azurite $AZURITE_VERSION listening on 127.0.0.1:$queue (queues)"
      return 0
    fi
    if ! kill -0 "$AZURITE_PID" 2>/dev/null; then
      cat "$data/azurite.log" >&2
      AZURITE_PID=""
      return 1
    fi
    sleep 0.5
  done
  echo "Azurite did not answer on 127.0.0.1:$queue within 30 s" >&2
  azurite_stop
  return 1
}

azurite_stop() {
  if [ -n "$AZURITE_PID" ] && kill -0 "$AZURITE_PID" 2>/dev/null; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
  fi
  AZURITE_PID=""
}
