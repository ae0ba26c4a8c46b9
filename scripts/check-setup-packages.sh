#!/usr/bin/env bash
# Fails when a program that a test, a script or a benchmark starts does not come from a package
# that scripts/setup.sh installs: a fresh machine has only what setup.sh installs (plus Debian's
# essential and required packages), so such a test would fail there. Run by ctest as
# scripts.SetupInstallsEveryProgramTestsStart; needs dpkg (exits 77, "skipped", without it).
#
# Programs are found statically:
#   - C++ under tests/ and bench/: QProcess start/execute/startDetached and
#     QStandardPaths::findExecutable with a literal program name;
#   - shell scripts (scripts/*.sh, tests/**/*.sh, bench/*.sh, .ci/run): the words in command
#     position, after comments, here-documents and quoted text are set aside.
# Each one must be on PATH, and the Debian package owning it must be essential, of priority
# "required", or listed by `scripts/setup.sh --list` (with --bench for the benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dpkg-query >/dev/null 2>&1 || {
    echo "dpkg is not available: cannot tell which package provides a program (skipped)"
    exit 77
}

mapfile -t base_packages < <(scripts/setup.sh --list)
mapfile -t bench_packages < <(scripts/setup.sh --list --bench)
declared_bench_programs=$(scripts/setup.sh --bench-programs)

# Programs named by the C++ of tests and benchmarks: "FILE PROGRAM" lines.
cxx_programs() {
    grep -rHoE '(\.start|::execute|startDetached|findExecutable)\(\s*QStringLiteral\("[A-Za-z][A-Za-z0-9_.+-]*"' \
        "$@" --include='*.cpp' --include='*.h' 2>/dev/null |
        sed -E 's/^([^:]*):.*QStringLiteral\("([^"]*)".*/\1 \2/' || true
}

# Programs in command position in a shell script: "FILE PROGRAM" lines. A small scanner that
# knows quotes (across lines), comments, here-documents, $( ) and arithmetic, enough for our
# scripts; words inside quotes are data, except in a $( ) there.
shell_programs() {
    awk -v file="$1" '
    function reset_word() { word = ""; quoted_word = 0 }
    function end_word() {
        if (word == "" && !quoted_word) return
        if (at_command[depth]) {
            if (word ~ /^[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=/) { }           # assignment
            else if (word ~ /^(then|do|else|elif|if|while|until|time|exec|command|sudo|nohup|env|!|\{|\()$/) { }
            else if (word == "timeout") { skip_next[depth] = 1; at_command[depth] = 0 }
            else {
                if (!quoted_word && word ~ /^[A-Za-z][A-Za-z0-9_.+-]*$/ && !(word in builtins))
                    print file, word
                at_command[depth] = 0
            }
        } else if (skip_next[depth]) {                 # "timeout N PROGRAM": N is skipped
            skip_next[depth] = 0; at_command[depth] = 1
        }
        reset_word()
    }
    BEGIN {
        split("if then else elif fi for while until do done case esac in function select time coproc " \
              "echo printf read local declare typeset readonly export unset set shift cd pwd exit " \
              "return trap wait kill true false test source eval exec command type hash getopts let " \
              "break continue mapfile readarray builtin umask ulimit shopt pushd popd dirs jobs fg bg " \
              "disown alias unalias enable caller compgen complete help history logout suspend times", b, " ")
        for (k in b) builtins[b[k]] = 1
        depth = 0; at_command[0] = 1; mode[0] = "top"; heredoc = ""; reset_word()
    }
    {
        line = $0
        if (heredoc != "") {
            t = line; sub(/^\t+/, "", t)
            if (t == heredoc) heredoc = ""
            next
        }
        if (mode[depth] != "sq" && mode[depth] != "dq" && match(line, /<<-?[ ]*["\047]?[A-Za-z_]+["\047]?/) \
            && substr(line, RSTART, 3) != "<<<") {
            h = substr(line, RSTART, RLENGTH); gsub(/[<\-"\047 ]/, "", h); pending_heredoc = h
        }
        L = length(line)
        for (i = 1; i <= L; i++) {
            c = substr(line, i, 1); c2 = substr(line, i, 2)
            m = mode[depth]
            if (m == "sq") { if (c == "\047") depth--; continue }
            if (m == "test") { if (substr(line, i, 2) == "]]") { depth--; i++; at_command[depth] = 0 } ; continue }
            if (m == "array") { if (c == "#" && (i == 1 || substr(line, i - 1, 1) ~ /[ \t]/)) break; if (c == ")") { depth--; word = "" } else if (c == "\047") { depth++; mode[depth] = "sq" } else if (c == "\"") { depth++; mode[depth] = "dq" } ; continue }
            if (m == "arith") { if (c2 == "))") { depth--; i++ } ; continue }
            if (m == "dq") {
                if (c == "\\") { i++; continue }
                if (c == "\"") { depth--; continue }
                if (c2 == "$(" && substr(line, i, 3) != "$((") { depth++; mode[depth] = "sub"; at_command[depth] = 1; parens[depth] = 0; reset_word(); i++; continue }
                continue
            }
            # top level or inside $( )
            if (c == "\\" && i == L) { continued = 1; continue }          # line continuation
            if (c == "\\") { i++; word = word "x"; continue }
            if (c == "[" && substr(line, i, 3) ~ /^\[\[[ \t]/ && word == "") {    # [[ test ]]: no commands
                end_word(); depth++; mode[depth] = "test"; i++; continue
            }
            if (c == "(" && word ~ /=$/) { depth++; mode[depth] = "array"; continue } # x=( words )
            if (c == "\047") { depth++; mode[depth] = "sq"; quoted_word = 1; continue }
            if (c == "\"") { depth++; mode[depth] = "dq"; quoted_word = 1; continue }
            if (c == "#" && word == "" && !quoted_word) break                   # a comment
            if (c2 == "((" || substr(line, i, 3) == "$((") {
                end_word(); depth++; mode[depth] = "arith"; i += (c == "$") ? 2 : 1; continue
            }
            if (c == "$" && substr(line, i + 1, 1) == "{") {                     # ${...}: a word
                k = index(substr(line, i), "}"); if (k == 0) k = L - i + 1
                word = word "v"; i += k - 1; continue
            }
            if (c2 == "$(") { end_word(); depth++; mode[depth] = "sub"; at_command[depth] = 1; parens[depth] = 0; i++; continue }
            if (c == ")" && m == "sub" && parens[depth] == 0) { end_word(); depth--; continue }
            if (c == " " || c == "\t") { end_word(); continue }
            if (c == ";" || c == "|" || c == "&" || c == "(" || c == ")" || c == "`" || c == "{" || c == "}") {
                end_word()
                if (c == "(" && m == "sub") parens[depth]++
                if (c == ")" && m == "sub") parens[depth]--
                if (c == ";" && substr(line, i + 1, 1) == ";") i++
                at_command[depth] = 1; skip_next[depth] = 0
                continue
            }
            if ((c == "<" || c == ">") && word == "" && !quoted_word) {        # redirection
                while (i < L && substr(line, i + 1, 1) ~ /[<>&0-9-]/) i++
                redirect_target = 1; continue
            }
            if (c == "=" && word ~ /^[A-Za-z_][A-Za-z0-9_]*\+?$/ && at_command[depth]) {
                word = word c; continue
            }
            word = word c
        }
        if (continued) { continued = 0 }
        else {
            end_word()
            if (mode[depth] == "top" || mode[depth] == "sub") at_command[depth] = 1
        }
        if (pending_heredoc != "") { heredoc = pending_heredoc; pending_heredoc = "" }
    }' "$1"
}

# Functions a script defines are not programs.
defined_functions() {
    grep -hoE '^[[:space:]]*[A-Za-z_][A-Za-z0-9_-]*\(\)' "$@" | tr -d '() \t' | sort -u
}

mapfile -t test_scripts < <(find tests -name '*.sh' | sort)
scripts=(scripts/*.sh .ci/run "${test_scripts[@]}")
benches=(bench/*.sh)
functions=$(defined_functions "${scripts[@]}" "${benches[@]}")

status=0
check() { # LIST-NAME FILE PROGRAM
    local list=$1 file=$2 prog=$3 path pkg
    grep -qx -- "$prog" <<<"$functions" && return 0
    path=$(command -v -- "$prog" 2>/dev/null) || {
        # Benchmarks' packages are not installed everywhere: their programs are declared.
        if [[ $list == bench_packages ]] && grep -q "^$prog " <<<"$declared_bench_programs"; then
            return 0
        fi
        echo "$file starts '$prog', which is not installed: add its package to scripts/setup.sh" >&2
        status=1
        return 0
    }
    [[ $path == /* ]] || return 0 # a shell builtin or keyword
    pkg=${package_of[$prog]:-}
    if [[ -z $pkg ]]; then
        echo "$file starts '$prog' ($path), which no Debian package provides: a fresh machine lacks it" >&2
        status=1
        return 0
    fi
    [[ $(dpkg-query -W -f='${Essential} ${Priority}' "$pkg" 2>/dev/null) =~ ^(yes|no\ required) ]] &&
        return 0
    local -n packages=$list
    local p
    for p in "${packages[@]}"; do [[ $p == "$pkg" ]] && return 0; done
    echo "$file starts '$prog' (package $pkg), which scripts/setup.sh does not install" >&2
    status=1
}

uses=$({ cxx_programs tests; for f in "${scripts[@]}"; do shell_programs "$f"; done; } |
    sort -u | sed 's/^/base_packages /')
uses+=$'\n'$({ cxx_programs bench; for f in "${benches[@]}"; do shell_programs "$f"; done; } |
    sort -u | sed 's/^/bench_packages /')

# The package of every program found, in one dpkg-query call (it is slow). Debian 12 merged /bin
# into /usr/bin, but dpkg still knows some files by their /bin path: ask for both.
declare -A package_of # program -> package
declare -A program_at # candidate path -> program
for prog in $(awk '{ print $3 }' <<<"$uses" | sort -u); do
    path=$(command -v -- "$prog" 2>/dev/null) || continue
    [[ $path == /* ]] || continue
    real=$(readlink -f "$path")
    for candidate in "$real" "$path" "${real#/usr}" "${path#/usr}"; do
        program_at[$candidate]=$prog
    done
done
if ((${#program_at[@]})); then
    while IFS=': ' read -r pkg owned; do
        prog=${program_at[$owned]:-}
        [[ -n $prog && -z ${package_of[$prog]:-} ]] && package_of[$prog]=${pkg%%,*}
    done < <(dpkg-query -S "${!program_at[@]}" 2>/dev/null || true)
fi

checked=0
while read -r list file prog; do
    [[ -n $prog ]] || continue
    check "$list" "$file" "$prog"
    checked=$((checked + 1))
done <<<"$uses"

[[ $status == 0 ]] && echo "every program that tests, scripts and benchmarks start ($checked uses) comes from scripts/setup.sh"
exit $status
