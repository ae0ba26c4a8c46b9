#!/usr/bin/env bash
# Builds Pli (dev preset: Debug, tests, -Werror) and runs every test with ctest inside a private
# session: temporary HOME/XDG dirs, a private D-Bus bus with an unlocked gnome-keyring, and a
# display for widget tests (scripts/with-test-session.sh). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
jobs=$(nproc)
scripts/with-test-session.sh ctest --test-dir build --output-on-failure -j "$jobs" "$@"
