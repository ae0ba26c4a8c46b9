#!/usr/bin/env bash
# packaging.ServiceUnitVerifies: `systemd-analyze verify` accepts pli-server.service without a
# single remark (an unknown or misspelt key is only a remark to systemd, so any output fails),
# in a scratch root holding the unit, its settings file, the built pli-server at /usr/bin and
# the system's targets; and the unit keeps its hardening.
#   verify-service-unit.sh RESOURCES-LINUX-DIR PLI-SERVER
set -euo pipefail
source_dir=$1 server=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

mkdir -p "$root/lib/systemd/system" "$root/usr/bin" "$root/etc/pli-server"
cp /lib/systemd/system/*.target "$root/lib/systemd/system/"
cp "$source_dir/pli-server.service" "$root/lib/systemd/system/"
cp "$source_dir/pli-server.conf" "$root/etc/pli-server/"
cp "$server" "$root/usr/bin/pli-server"

status=0
report=$(systemd-analyze verify --man=no --root="$root" pli-server.service 2>&1) || status=1
if [[ -n $report ]]; then
    echo "$report" >&2
    status=1
fi

unit=$source_dir/pli-server.service
for setting in User=pli-server StateDirectory=pli-server ProtectSystem=strict \
    NoNewPrivileges=yes ProtectHome=yes PrivateTmp=yes CapabilityBoundingSet= \
    EnvironmentFile=/etc/pli-server/pli-server.conf; do
    if ! grep -qxF -- "$setting" "$unit"; then
        echo "pli-server.service: missing $setting" >&2
        status=1
    fi
done
# Every variable the unit expands is set by the settings file.
for variable in $(grep -oE '\$\{?[A-Z_]+' "$unit" | tr -d '${' | sort -u); do
    if ! grep -qE "^$variable=" "$source_dir/pli-server.conf"; then
        echo "pli-server.service uses \$$variable, which pli-server.conf does not set" >&2
        status=1
    fi
done
[[ $status == 0 ]] && echo "pli-server.service verifies and keeps its hardening"
exit $status
