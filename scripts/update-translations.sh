#!/usr/bin/env bash
# Refreshes translations/pli_fr.ts and pli_en.ts from every tr() in core/, ui/ and app/.
# Then translate the new entries (Qt Linguist, or edit the XML) and commit them with the code.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# French: every string. English is the source language: only plural forms need an entry.
"$lupdate" -no-obsolete -locations none -extensions cpp,h core ui app \
  -ts translations/pli_fr.ts "$@"
"$lupdate" -no-obsolete -locations none -extensions cpp,h -pluralonly core ui app \
  -ts translations/pli_en.ts "$@"
