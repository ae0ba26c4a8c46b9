#!/usr/bin/env bash
# with-test-session.sh COMMAND [ARG...]
#
# Runs COMMAND inside a private, throw-away desktop-like session, so that tests (locally and in
# CI, as root, from a fresh clone, on a machine with no display and no D-Bus) never touch the
# real user's keyring, settings or display:
#   - a temporary HOME and XDG_CONFIG_HOME / XDG_DATA_HOME / XDG_CACHE_HOME / XDG_STATE_HOME /
#     XDG_RUNTIME_DIR, all inside one temporary directory;
#   - a private D-Bus session bus (dbus-daemon), exported as DBUS_SESSION_BUS_ADDRESS;
#   - gnome-keyring-daemon (Secret Service only) on that bus, unlocked with a known password, so
#     the "login" collection exists and is the default one; checked with secret-tool before
#     COMMAND starts;
#   - a display for widget tests: Xvfb on a free display number with its own X authority cookie,
#     or QT_QPA_PLATFORM=offscreen when Xvfb is not installed;
#   - PLI_TEST_SESSION=1, which tests needing the keyring check so that, run outside this
#     script, they skip with a reason instead of failing obscurely.
# Desktop hints (XDG_CURRENT_DESKTOP, KDE_*, …) are cleared so QtKeychain picks the Secret
# Service. Everything (daemons, temporary files) is removed on exit, also on error or Ctrl+C.
# The exit status is COMMAND's, or 70 when the session itself could not be set up.
#
# Debian packages: dbus, gnome-keyring, libsecret-tools, xvfb, xauth (scripts/setup.sh).
# Example: scripts/with-test-session.sh ctest --test-dir build --output-on-failure
set -euo pipefail

readonly keyring_password=pli-test-session
readonly setup_failed=70

log() { echo "with-test-session: $*" >&2; }
die() {
    log "$*"
    exit "$setup_failed"
}

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-daemon dbus-send gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' is missing; run scripts/setup.sh (packages dbus, gnome-keyring, libsecret-tools)."
done

# Socket paths (the bus, the keyring's control socket) must stay under ~100 bytes: a deep TMPDIR
# is not used for them.
tmp_base=${TMPDIR:-/tmp}
[ ${#tmp_base} -le 40 ] && [ -d "$tmp_base" ] && [ -w "$tmp_base" ] || tmp_base=/tmp
session_dir=$(mktemp -d "$tmp_base/pli-test-session.XXXXXXXX")
pids=()

# Stops our daemons (newest first) and removes the temporary tree; runs on every exit path.
cleanup() {
    local i pid
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        pid=${pids[i]}
        kill "$pid" 2>/dev/null || continue
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$session_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Waits up to ~10 s for a condition (a command) to hold while process $1 is still alive.
wait_for() {
    local pid=$1
    shift
    for _ in $(seq 100); do
        "$@" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
non_empty() { [ -s "$1" ]; }

# --- environment: nothing of the caller's session leaks in --------------------------------------
export HOME="$session_dir/home"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$session_dir/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/keyrings" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" \
    "$XDG_RUNTIME_DIR"
chmod 700 "$session_dir" "$HOME" "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
    XAUTHORITY XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID \
    KDE_FULL_SESSION KDE_SESSION_VERSION QT_QPA_PLATFORM XDG_CONFIG_DIRS XDG_DATA_DIRS
export PLI_TEST_SESSION=1

# --- private session bus ------------------------------------------------------------------------
bus_address_file="$session_dir/bus-address"
dbus-daemon --session --nofork --nopidfile --nosyslog --address="unix:path=$XDG_RUNTIME_DIR/bus" \
    --print-address=3 3>"$bus_address_file" </dev/null >"$session_dir/dbus.log" 2>&1 &
pids+=($!)
wait_for "${pids[-1]}" non_empty "$bus_address_file" ||
    die "the D-Bus session bus did not start: $(cat "$session_dir/dbus.log")"
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$bus_address_file")
export DBUS_SESSION_BUS_ADDRESS

# --- keyring: the "login" collection, unlocked, as the default ----------------------------------
# --unlock creates the login keyring with the password read on stdin; "default" names it as the
# collection new secrets go to, so no "create a keyring" prompt can ever appear.
echo login >"$XDG_DATA_HOME/keyrings/default"
printf '%s' "$keyring_password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$session_dir/keyring.log" 2>&1 &
pids+=($!)
secrets_on_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
wait_for "${pids[-1]}" secrets_on_bus ||
    die "gnome-keyring-daemon did not provide the Secret Service: $(cat "$session_dir/keyring.log")"

probe_value="probe-$$-$RANDOM"
printf '%s' "$probe_value" |
    timeout 20 secret-tool store --label='Pli test session probe' pli-test-session probe ||
    die "could not store a secret in the test keyring: $(cat "$session_dir/keyring.log")"
[ "$(timeout 20 secret-tool lookup pli-test-session probe)" = "$probe_value" ] ||
    die "the test keyring did not return the secret just stored"
timeout 20 secret-tool clear pli-test-session probe ||
    die "could not delete the probe secret from the test keyring"

# --- display ------------------------------------------------------------------------------------
if command -v Xvfb >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1; then
    export XAUTHORITY="$session_dir/Xauthority"
    cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    # The server reads every cookie in its -auth file whatever the display number; the client
    # entry for the number Xvfb picks is added once it is known.
    touch "$XAUTHORITY"
    xauth -q -f "$XAUTHORITY" add :0 MIT-MAGIC-COOKIE-1 "$cookie"
    display_file="$session_dir/display"
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -auth "$XAUTHORITY" \
        3>"$display_file" </dev/null >"$session_dir/xvfb.log" 2>&1 &
    pids+=($!)
    wait_for "${pids[-1]}" non_empty "$display_file" ||
        die "Xvfb did not start: $(cat "$session_dir/xvfb.log")"
    DISPLAY=":$(head -n 1 "$display_file")"
    export DISPLAY
    xauth -q -f "$XAUTHORITY" add "$DISPLAY" MIT-MAGIC-COOKIE-1 "$cookie"
else
    log "Xvfb/xauth not found: widget tests use QT_QPA_PLATFORM=offscreen"
    export QT_QPA_PLATFORM=offscreen
fi

# --- the command --------------------------------------------------------------------------------
# Run in the background and waited for, so that a TERM/HUP sent to this script (a CI timeout)
# reaches COMMAND at once and the EXIT trap still stops the daemons and removes the directory.
# Ctrl+C reaches COMMAND directly (same process group). Standard input stays COMMAND's.
"$@" <&0 &
command_pid=$!
for signal in INT TERM HUP; do
    # shellcheck disable=SC2064 # the signal and pid are meant to be expanded now
    trap "kill -$signal $command_pid 2>/dev/null || true" "$signal"
done
while :; do
    status=0
    wait "$command_pid" || status=$?
    # wait also returns when a trapped signal arrives: go on waiting while COMMAND still runs.
    kill -0 "$command_pid" 2>/dev/null || break
done
exit "$status"
