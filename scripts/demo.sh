#!/usr/bin/env bash
# Builds Pli, starts the reference server with the participant guide's demo data over HTTPS
# (a certificate authority of the server's own, --tls-self-signed) on a loopback port, and
# launches the desktop client pointed at it. The first sign-in asks whether to trust the
# server's authority: compare the fingerprint it shows with the one printed here. The server
# stops when the client closes. `scripts/demo.sh --server-only` runs just the server (Ctrl+C
# stops it).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target pli-server pli pli-cli

cache="${XDG_CACHE_HOME:-$HOME/.cache}/pli"
data="$cache/demo-server"
mkdir -p "$data"
portfile=$(mktemp)
log="$cache/demo-server.log"
server=

# The port of the last run when it is free (the account, and the authority it trusts, belong to
# the server's address), else any free one.
start_server() { # PORT
  : >"$portfile"
  build-release/server/pli-server --demo --tls-self-signed --data "$data" \
    --listen "127.0.0.1:$1" --port-file "$portfile" > >(tee "$log") 2>>"$log" &
  server=$!
  for _ in $(seq 100); do
    [ -s "$portfile" ] && return 0
    kill -0 "$server" 2>/dev/null || return 1
    sleep 0.1
  done
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null || true
  return 1
}
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi; rm -f "$portfile"' EXIT

wanted=$(cat "$cache/demo-port" 2>/dev/null || echo 8443)
if ! start_server "$wanted"; then
  start_server 0 || { echo "demo: the server did not start; see $log" >&2; exit 1; }
fi
port=$(cat "$portfile")
echo "$port" >"$cache/demo-port"
url="https://127.0.0.1:$port"
ca="$data/tls/ca.pem"
echo "demo: server at $url (log: $log)"
echo "demo: the server's certificate authority is $ca, fingerprint:"
echo "demo:   $(cat "$data/tls/ca.sha256")"
echo "demo: Pli asks once whether to trust it: check that it shows this fingerprint."
echo "demo: pli-cli: build-release/app/cli/pli-cli login --server $url --user demo --ca-file $ca"

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
