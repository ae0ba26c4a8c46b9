#!/usr/bin/env bash
# packaging.DesktopFileValidates: the .desktop file passes desktop-file-validate without an
# error or a warning, and declares what the desktop needs to open pli: links with Pli.
#   validate-desktop-file.sh FILE.desktop
set -euo pipefail
file=$1

status=0
report=$(desktop-file-validate "$file" 2>&1) || status=1
if grep -qE ': (error|warning):' <<<"$report"; then
    status=1
fi
[[ -n $report ]] && echo "$report"

expect() { # KEY=VALUE line that must be in the file
    if ! grep -qxF -- "$1" "$file"; then
        echo "$file: missing the line '$1'" >&2
        status=1
    fi
}
expect "MimeType=x-scheme-handler/pli;"
expect "Exec=pli %u"
expect "Icon=pli"
if ! grep -q '^Comment\[fr\]=' "$file"; then
    echo "$file: no French comment (Comment[fr])" >&2
    status=1
fi
[[ $status == 0 ]] && echo "$file is valid and declares the pli: scheme handler"
exit $status
