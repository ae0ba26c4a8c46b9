#!/usr/bin/env bash
# packaging.MetainfoValidates: the AppStream metainfo passes `appstreamcli validate --no-net`
# with no error, warning or remark (pedantic notes aside), names the .desktop file it
# launches, and has captions and a description in English and French.
#   validate-metainfo.sh FILE.metainfo.xml DESKTOP-ID
set -euo pipefail
file=$1 desktop_id=$2

status=0
report=$(appstreamcli validate --no-net --no-color "$file" 2>&1) || status=1
if grep -qE '^[EWI]: ' <<<"$report"; then
    status=1
fi
echo "$report"

expect() { # PATTERN DESCRIPTION
    if ! grep -qE -- "$1" "$file"; then
        echo "$file: $2" >&2
        status=1
    fi
}
expect "<launchable type=\"desktop-id\">$desktop_id</launchable>" "does not launch $desktop_id"
expect '<summary xml:lang="fr">' "has no French summary"
expect '<p xml:lang="fr">' "has no French description"
expect '<caption xml:lang="fr">' "has no French screenshot caption"
expect '<release version="[0-9.]+"' "lists no release"
expect '<binary>pli-cli</binary>' "does not say it provides pli-cli"
exit $status
