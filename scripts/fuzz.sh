#!/usr/bin/env bash
# Builds the libFuzzer targets (*-fuzz-*: the client's JSON decoders, the server's request
# parsing) with clang in their own build folder and runs each for a bounded time.
#   scripts/fuzz.sh [BUILD_DIR [SECONDS]]     defaults: build-fuzz, 60 seconds per target
# Without clang (scripts/setup.sh installs it) it says so and exits 0. A crash, a leak or an
# undefined behaviour fails the script; the input that caused it is kept in BUILD_DIR/fuzz-findings.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-60}

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ is not installed, nothing fuzzed (scripts/setup.sh installs clang)"
  exit 0
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DPLI_BUILD_DESKTOP=OFF -DPLI_BUILD_BENCH=OFF -DPLI_BUILD_TESTS=ON >/dev/null
targets=$(ninja -C "$build" -t targets all | sed -nE 's/^([a-z]+-fuzz-[a-z-]+): phony$/\1/p' | sort -u)
if [ -z "$targets" ]; then
  echo "fuzz: no fuzz target in $build" >&2
  exit 1
fi
# shellcheck disable=SC2086 # one word per target
cmake --build "$build" -j "$(nproc)" --target $targets

findings="$build/fuzz-findings"
mkdir -p "$findings"
status=0
for target in $targets; do
  binary=$(find "$build" -type f -name "$target" -perm -u+x | head -n 1)
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  echo "fuzz: $target for ${seconds}s"
  if ! "$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="$findings/$target-" -print_final_stats=1 >"$build/$target.log" 2>&1; then
    echo "fuzz: $target FAILED (see $build/$target.log and $findings)" >&2
    tail -n 40 "$build/$target.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$build/$target.log" | tail -n 2 || true
  fi
done
exit $status
