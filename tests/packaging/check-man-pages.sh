#!/usr/bin/env bash
# packaging.ManPagesRender: each man page renders without a single groff warning (what
# `man -l PAGE` shows) and has the usual sections.
#   check-man-pages.sh DIR PAGE...
set -euo pipefail
dir=$1
shift

status=0
for page in "$@"; do
    path=$dir/$page
    warnings=$(groff -ww -z -man "$path" 2>&1) || status=1
    if [[ -n $warnings ]]; then
        echo "$page: groff warns:" >&2
        echo "$warnings" >&2
        status=1
    fi
    sections=(NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" FILES EXAMPLES "SEE ALSO")
    [[ $page =~ ^(pli-cli.1|pli-server.8)$ ]] && sections+=(COMMANDS)
    for section in "${sections[@]}"; do
        if ! grep -qE "^\.SH \"?$section\"?\$" "$path"; then
            echo "$page: no $section section" >&2
            status=1
        fi
    done
    if grep -q '@[A-Z_]*@' "$path"; then
        echo "$page: a @VARIABLE@ was not filled in" >&2
        status=1
    fi
done
[[ $status == 0 ]] && echo "every man page renders without warnings: $*"
exit $status
