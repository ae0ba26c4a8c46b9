#!/usr/bin/env bash
# Downloads one file over a long, thin link: nginx on loopback behind pli-bench-proxy (the test
# FaultProxy: --rtt-ms round trip, --rate-kib per connection and direction). Times curl,
# aria2c -x4 and pli-bench-download with 1 and 4 connections in one run; then, with one response
# stalled half way (bytes stop, the socket stays open), pli with 4 connections as it is (a quiet
# connection hands its range over after 5 s) and without the hand-over (the stall timeout alone).
# Every line carries the 1-minute load average when it started. docs/benchmarks.md records them.
#
#   bench/bad-link.sh BUILD_DIR [WORK_DIR] [SIZE_MIB] [RTT_MS] [RATE_KIB]
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR [WORK_DIR] [SIZE_MIB] [RTT_MS] [RATE_KIB]}
work=${2:-/tmp/pli-bad-link}
size_mib=${3:-256}
rtt=${4:-100}
rate=${5:-8192}
port=18090

# nginx, aria2c, curl, bc, GNU time: the packages of `scripts/setup.sh --bench`.
"$(dirname "$0")/../scripts/setup.sh" --bench

mkdir -p "$work/www" "$work/out" "$work/nginx"
file="$work/www/random.bin"
if [[ ! -f $file || $(stat -c %s "$file") -ne $((size_mib * 1024 * 1024)) ]]; then
  head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$file"
fi
sha=$(sha256sum "$file" | cut -d' ' -f1)

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
proxy_pid=
cleanup() {
  [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null || true
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s stop 2>/dev/null || true
}
trap cleanup EXIT
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
sleep 0.5

start_proxy() { # starts pli-bench-proxy with "$@", sets proxy_pid and url
  [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null || true
  coproc PROXY { exec "$build/bench/pli-bench-proxy" --upstream "$port" --rtt-ms "$rtt" \
    --rate-kib "$rate" "$@"; }
  proxy_pid=$PROXY_PID
  local line
  read -r line <&"${PROXY[0]}"
  url="http://127.0.0.1:${line#port=}/random.bin"
}
load() { cut -d' ' -f1 /proc/loadavg; }
timed() { # label command...: prints label, wall seconds, load at start, and checks the file
  local label=$1 l start end
  shift
  rm -f "$work/out/"*
  l=$(load)
  start=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || { echo "$label FAILED"; cat "$work/last.log"; return; }
  end=$(date +%s.%N)
  local got
  got=$(sha256sum "$work/out/"* | cut -d' ' -f1)
  printf '%-34s seconds=%6.1f load=%s %s %s\n' "$label" "$(echo "$end - $start" | bc)" "$l" \
    "$([[ $got == "$sha" ]] && echo byte-exact || echo WRONG-BYTES)" \
    "$(grep -o 'handovers=[0-9]*' "$work/last.log" || true)"
}

echo "file: $size_mib MiB; link: ${rtt} ms round trip, ${rate} KiB/s per connection each way"
cat "$file" >/dev/null
start_proxy
timed "curl" curl -s -o "$work/out/curl.bin" "$url"
timed "aria2c -x4" aria2c -q -x4 -s4 -k8M --file-allocation=falloc -d "$work/out" -o aria.bin "$url"
timed "pli 1 connection" "$build/bench/pli-bench-download" --connections 1 --dir "$work/out" \
  --sha256 "$sha" "$url"
timed "pli 4 connections" "$build/bench/pli-bench-download" --connections 4 --dir "$work/out" \
  --sha256 "$sha" "$url"

start_proxy --stall-at 0.4
timed "pli 4 connections, stall" "$build/bench/pli-bench-download" --connections 4 \
  --dir "$work/out" --sha256 "$sha" "$url"
start_proxy --stall-at 0.4
timed "pli 4 connections, stall, no hand-over" "$build/bench/pli-bench-download" --connections 4 \
  --handover-ms 0 --dir "$work/out" --sha256 "$sha" "$url"
