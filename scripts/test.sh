#!/usr/bin/env bash
# Builds Pli (dev preset: Debug, tests, -Werror) and runs every test with ctest inside a private
# session: temporary HOME/XDG dirs, a private D-Bus bus with an unlocked gnome-keyring, and a
# display for widget tests (scripts/with-test-session.sh); then the fuzz targets (scripts/fuzz.sh,
# clang's libFuzzer) for PLI_FUZZ_SECONDS each (default 20; 0 skips them). Exits non-zero on any
# failure.
#
#   scripts/test.sh [--full] [ctest arguments...]
#
# --full also builds the release preset (optimised, as scripts/demo.sh and the packages build
# it) with warnings as errors — GCC warns at -O2 about things a Debug build never sees — and its
# Debian packages, which the packaging.* tests then install into a folder and run. CI runs the
# default: with --full a run takes about 27 minutes on 2 cores, over CI's 25-minute budget
# (docs/benchmarks.md, "Test run").
set -euo pipefail
cd "$(dirname "$0")/.."

full=0
if [ "${1:-}" = "--full" ]; then
  full=1
  shift
fi
jobs=$(nproc)
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev -j "$jobs"
if [ "$full" = 1 ]; then
  cmake --preset release -DPLI_WERROR=ON
  cmake --build --preset release -j "$jobs"
  cmake --build --preset release --target package
fi
scripts/with-test-session.sh ctest --test-dir build --output-on-failure -j "$jobs" "$@"
fuzz_seconds=${PLI_FUZZ_SECONDS:-20}
if [ "$fuzz_seconds" != 0 ]; then
  scripts/fuzz.sh build-fuzz "$fuzz_seconds"
fi
