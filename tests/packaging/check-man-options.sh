#!/usr/bin/env bash
# packaging.ManPagesNameEveryOption: the hand-written man pages keep up with the programs:
# every command and every --option that `pli-cli --help` (and `pli-cli help COMMAND`) or
# `pli-server --help` prints appears in pli-cli(1) or pli-server(8).
#   check-man-options.sh PLI-CLI PLI-SERVER MAN-DIR
set -euo pipefail
cli=$1 server=$2 man_dir=$3
export LC_ALL=C.UTF-8 LANG=C.UTF-8 # the help in English
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config

status=0
# troff writes a hyphen as \-: "--per-page" is "\-\-per\-page" in the page.
troff_escape() { sed 's/-/\\-/g' <<<"$1"; }
need() { # PAGE WORD WHAT
    local escaped
    escaped=$(troff_escape "$2")
    if ! grep -qF -- "$escaped" "$1"; then
        echo "$(basename "$1") does not name the $3 $2" >&2
        status=1
    fi
}
need_command() { # PAGE COMMAND: the command in bold (\fBname\fR, ".B name", ".BR name ...", ".BI name ...")
    if ! grep -qE -- "(\\\\fB$2\\\\f[RP ]|^\\.B[IR]? $2( |\$))" "$1"; then
        echo "$(basename "$1") does not name the command $2 (in bold)" >&2
        status=1
    fi
}
options_in() { grep -oE -- '--[a-z][a-z0-9-]*' | sort -u; }

# pli-cli: the commands of the general help (two-space indent under "Commands:"), then the
# options of the general help and of each command's help.
cli_page=$man_dir/pli-cli.1
general=$("$cli" --help)
mapfile -t commands < <(awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 }
                              on && /^  [a-z]/ { print $1 }' <<<"$general")
if ((${#commands[@]} < 5)); then
    echo "pli-cli --help lists ${#commands[@]} commands: its format changed?" >&2
    exit 1
fi
help_texts=$general
for command in "${commands[@]}"; do
    need_command "$cli_page" "$command"
    help_texts+=$'\n'$("$cli" help "$command")
done
while read -r option; do
    need "$cli_page" "$option" "option"
done < <(options_in <<<"$help_texts")

# pli-server: "  serve ...", "  --demo ...", "  user add ...", "  user deactivate|activate ...".
server_page=$man_dir/pli-server.8
usage=$("$server" --help)
while read -r first second; do
    if [[ $first =~ ^(user|persona|conversation)$ ]]; then
        for sub in ${second//|/ }; do
            need "$server_page" "$sub" "command $first"
        done
    else
        need "$server_page" "$first" "command"
    fi
done < <(grep -E '^  [a-z-]' <<<"$usage" | awk '{ print $1, $2 }')
while read -r option; do
    need "$server_page" "$option" "option"
done < <(options_in <<<"$usage")

[[ $status == 0 ]] && echo "pli-cli(1) and pli-server(8) name every command and option of --help"
exit $status
