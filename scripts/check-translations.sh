#!/usr/bin/env bash
# Fails when a translations/*.ts file is stale (lupdate would change it: a new or vanished
# string) or still holds unfinished entries. Run by ctest as translations.Complete.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/pli_fr.ts translations/pli_en.ts "$tmp/"
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h core ui app \
  -ts "$tmp/pli_fr.ts" >/dev/null
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -pluralonly core ui app \
  -ts "$tmp/pli_en.ts" >/dev/null
status=0
for f in pli_fr.ts pli_en.ts; do
  if ! diff -q "translations/$f" "$tmp/$f" >/dev/null; then
    echo "translations/$f is stale: run scripts/update-translations.sh and translate:" >&2
    diff "translations/$f" "$tmp/$f" | head -40 >&2
    status=1
  fi
  n=$(grep -c 'type="unfinished"' "translations/$f" || true)
  v=$(grep -c 'type="vanished"\|type="obsolete"' "translations/$f" || true)
  if [ "$n" -gt 0 ] || [ "$v" -gt 0 ]; then
    echo "translations/$f holds $n unfinished and $v vanished entries:" >&2
    grep -B3 'type="unfinished"\|type="vanished"' "translations/$f" | grep '<source>' | head -20 >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "translations complete: $(grep -c '<source>' translations/pli_fr.ts) strings"
exit $status
