#!/usr/bin/env bash
# Checks that every program scripts/demo.sh starts from build-release/ is where a build puts it:
# run against a configured and built tree (ctest gives the dev build), since both presets lay
# their binaries out the same way.  scripts/check-demo-paths.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: $0 BUILD_DIR}
missing=0
for path in $(grep -o 'build-release/[A-Za-z0-9_/.-]*' scripts/demo.sh | sort -u); do
  relative=${path#build-release/}
  if [[ ! -x $build/$relative ]]; then
    echo "scripts/demo.sh starts $path, but the build has no $build/$relative" >&2
    missing=1
  fi
done
[[ $missing == 0 ]] && echo "demo paths match the build"
exit $missing
