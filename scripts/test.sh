#!/usr/bin/env bash
# Builds Pli twice and runs every test:
#   - the dev preset (Debug, tests, -Werror): what the tests run;
#   - the release preset (optimised, as scripts/demo.sh and the packages build it) with warnings
#     as errors too — GCC warns about things at -O2 that a Debug build never sees — and its
#     Debian packages, which the packaging.* tests unpack and run;
# then ctest inside a private session: temporary HOME/XDG dirs, a private D-Bus bus with an
# unlocked gnome-keyring, and a display for widget tests (scripts/with-test-session.sh);
# then the fuzz targets (scripts/fuzz.sh, clang's libFuzzer) for PLI_FUZZ_SECONDS each (default
# 20; 0 skips them). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev -j "$jobs"
cmake --preset release -DPLI_WERROR=ON
cmake --build --preset release -j "$jobs"
cmake --build --preset release --target package
scripts/with-test-session.sh ctest --test-dir build --output-on-failure -j "$jobs" "$@"
fuzz_seconds=${PLI_FUZZ_SECONDS:-20}
if [ "$fuzz_seconds" != 0 ]; then
  scripts/fuzz.sh build-fuzz "$fuzz_seconds"
fi
