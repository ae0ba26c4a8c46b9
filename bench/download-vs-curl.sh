#!/usr/bin/env bash
# Serves a 1 GiB random file with nginx on loopback and downloads it with curl, aria2c -x4 and
# pli-bench-download (ChunkedDownload: 4 connections, 8 MiB chunks, SHA-256 verified) in one
# run; then, when pli-bench-upload is built, uploads the same file to pli-server with curl and
# with TusUpload (and with the previous QNetworkAccessManager data path as a baseline). Results go
# to stdout; docs/benchmarks.md records them.
#
#   bench/download-vs-curl.sh BUILD_DIR [WORK_DIR] [SIZE_MIB]
set -euo pipefail

build=${1:?usage: $0 BUILD_DIR [WORK_DIR] [SIZE_MIB]}
work=${2:-/tmp/pli-bench}
size_mib=${3:-1024}
port=18089

# nginx, aria2c, curl, bc, GNU time: the packages of `scripts/setup.sh --bench`.
"$(dirname "$0")/../scripts/setup.sh" --bench

mkdir -p "$work/www" "$work/out" "$work/nginx"
file="$work/www/random.bin"
if [[ ! -f $file || $(stat -c %s "$file") -ne $((size_mib * 1024 * 1024)) ]]; then
  head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$file"
fi
sha=$(sha256sum "$file" | cut -d' ' -f1)

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
trap 'nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s stop 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/random.bin"
sleep 0.5

seconds() { # runs "$@", prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
rss() { # peak RSS (MiB) of "$@", from /proc via GNU time when present
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'
  else
    echo "?"
  fi
}
mbps() { echo "scale=1; $size_mib * 1.048576 / $1" | bc; }

echo "file: $size_mib MiB, sha256 $sha"
cat "$file" >/dev/null # warm the page cache so every tool reads from memory

rm -f "$work/out/"*
t=$(seconds curl -s -o "$work/out/curl.bin" "$url")
echo "curl           seconds=$t MB/s=$(mbps "$t")"
t2=$(seconds sh -c 'sha256sum "$1" >/dev/null' _ "$work/out/curl.bin")
echo "curl+sha256sum seconds=$(echo "$t + $t2" | bc) (verify afterwards: $t2 s)"
rm -f "$work/out/"*

t=$(seconds aria2c -q -x4 -s4 -k8M --file-allocation=falloc -d "$work/out" -o aria.bin "$url")
echo "aria2c -x4     seconds=$t MB/s=$(mbps "$t")"
rm -f "$work/out/"*

"$build/bench/pli-bench-download" --dir "$work/out" --sha256 "$sha" "$url"
rm -f "$work/out/"*
echo "pli peak RSS (GNU time): $(rss "$build/bench/pli-bench-download" --dir "$work/out" --sha256 "$sha" "$url") MiB"
rm -f "$work/out/"*

if [[ -x $build/bench/pli-bench-upload ]]; then
  rm -f "$file.piece."*
  split -b 32M "$file" "$file.piece."
  "$build/bench/pli-bench-upload" "$file"
  rm -f "$file.piece."*
fi
