#!/usr/bin/env bash
# Builds Pli, starts the reference server with the participant guide's demo data on a free
# loopback port, and launches the desktop client pointed at it. The server stops when the
# client closes. `scripts/demo.sh --server-only` runs just the server (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target pli-server pli

cache="${XDG_CACHE_HOME:-$HOME/.cache}/pli"
data="$cache/demo-server"
mkdir -p "$data"
portfile=$(mktemp)
log="$cache/demo-server.log"

build-release/server/pli-server --demo --data "$data" --listen 127.0.0.1:0 \
  --port-file "$portfile" > >(tee "$log") 2>>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$portfile"' EXIT

for _ in $(seq 100); do
  [ -s "$portfile" ] && break
  kill -0 "$server" 2>/dev/null || { echo "demo: the server did not start; see $log" >&2; exit 1; }
  sleep 0.1
done
port=$(cat "$portfile")
url="http://127.0.0.1:$port"
echo "demo: server at $url (log: $log)"

if [ "${1:-}" = "--server-only" ]; then
  wait "$server"
  exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display to show the client on (DISPLAY is not set)." >&2
  echo "demo: run it from a desktop session, or use --server-only and pli-cli." >&2
  exit 1
fi
build-release/app/desktop/pli --server "$url"
