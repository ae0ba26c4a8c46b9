#!/usr/bin/env bash
# packaging.DebianPackagesInstallAndRun: the .deb files that `cmake --build --preset release
# --target package` made hold what they should (programs, desktop integration, icons, man
# pages, the service), declare their dependencies, and their programs run from the unpacked
# tree (dpkg-deb -x; Qt and the other libraries come from the system).
#   check-debian-packages.sh PACKAGE-DIR VERSION
# Exits 77 (skipped) when PACKAGE-DIR holds no package of this VERSION: the release build and
# cpack come first (scripts/test.sh, or by hand, see docs/packaging.md).
set -euo pipefail
dir=$1 version=$2

find_package() { # NAME: the newest NAME_VERSION-*.deb in dir
    ls -t "$dir/$1_$version"-*.deb 2>/dev/null | head -1 || true
}
pli_deb=$(find_package pli)
server_deb=$(find_package pli-server)
if [[ -z $pli_deb || -z $server_deb ]]; then
    echo "SKIP: no pli_$version-*.deb and pli-server_$version-*.deb in $dir; build them with"
    echo "  cmake --preset release && cmake --build --preset release --target package"
    exit 77
fi
echo "checking $pli_deb and $server_deb"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$pli_deb" "$root/pli"
dpkg-deb -x "$server_deb" "$root/pli-server"

status=0
fail() { echo "$*" >&2; status=1; }

# --- what each package holds
contains() { # PACKAGE PATH...
    local package=$1 path
    shift
    for path in "$@"; do
        [[ -e $root/$package/$path ]] || fail "$package: no $path"
    done
}
contains pli usr/bin/pli usr/bin/pli-cli \
    usr/share/applications/org.pli.Pli.desktop usr/share/metainfo/org.pli.Pli.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/pli.svg \
    usr/share/man/man1/pli.1.gz usr/share/man/man1/pli-cli.1.gz
for size in 16 22 24 32 48 64 128 256 512; do
    icon=usr/share/icons/hicolor/${size}x$size/apps/pli.png
    contains pli "$icon"
    # A PNG of the right size: bytes 16-23 of the IHDR chunk are the width and the height.
    if [[ -e $root/pli/$icon ]]; then
        dimensions=$(od -An -tu1 -j16 -N8 "$root/pli/$icon" | tr -s ' ' | sed 's/^ //')
        expected="0 0 $((size / 256)) $((size % 256)) 0 0 $((size / 256)) $((size % 256))"
        [[ $dimensions == "$expected" ]] || fail "pli: $icon is not ${size}x$size ($dimensions)"
    fi
done
contains pli-server usr/bin/pli-server lib/systemd/system/pli-server.service \
    etc/pli-server/pli-server.conf usr/lib/sysusers.d/pli-server.conf \
    usr/share/man/man8/pli-server.8.gz
[[ -e $root/pli/usr/bin/pli-server ]] && fail "pli: holds pli-server (its own package)"
[[ -e $root/pli-server/usr/bin/pli ]] && fail "pli-server: holds the desktop client"

# --- control data: dependencies from dpkg-shlibdeps, the service's scripts and conffile
depends_on() { # DEB PACKAGE...
    local deb=$1 depends package
    shift
    depends=$(dpkg-deb -f "$deb" Depends)
    for package in "$@"; do
        grep -qE "(^|, )$package( |,|$)" <<<"$depends" ||
            fail "$(basename "$deb") does not depend on $package (Depends: $depends)"
    done
}
depends_on "$pli_deb" libqt6core6 libqt6network6 libqt6widgets6 libqt6printsupport6 \
    libqt6svg6 libqt6keychain1 libssl3 qt6-qpa-plugins libsecret-1-0
depends_on "$server_deb" libsqlite3-0 libssl3
control=$root/control
dpkg-deb -e "$server_deb" "$control"
for script in postinst prerm postrm; do
    [[ -x $control/$script ]] || fail "pli-server: no executable $script"
done
grep -qxF /etc/pli-server/pli-server.conf "$control/conffiles" 2>/dev/null ||
    fail "pli-server: /etc/pli-server/pli-server.conf is not a conffile"

# --- no RPATH ($ORIGIN/../lib from qt_standard_project_setup): the system's libraries only
for program in "$root/pli/usr/bin/pli" "$root/pli/usr/bin/pli-cli" \
    "$root/pli-server/usr/bin/pli-server"; do
    if grep -qaF '$ORIGIN' "$program"; then
        fail "$(basename "$program") has an RPATH with \$ORIGIN"
    fi
done

# --- the programs run from the unpacked tree
cli_version=$(LC_ALL=C.UTF-8 HOME=$root "$root/pli/usr/bin/pli-cli" --version) ||
    fail "pli-cli --version failed"
[[ $cli_version == *"$version"* ]] || fail "pli-cli --version printed '$cli_version'"
pli_version=$(QT_QPA_PLATFORM=offscreen HOME=$root "$root/pli/usr/bin/pli" --version 2>&1) ||
    fail "pli --version failed: $pli_version"
[[ $pli_version == *"$version"* ]] || fail "pli --version printed '$pli_version'"
server_help=$("$root/pli-server/usr/bin/pli-server" --help) || fail "pli-server --help failed"
[[ $server_help == *"Usage: pli-server"* ]] || fail "pli-server --help printed '$server_help'"

# --- the packaged desktop file and metainfo are the validated ones
here=$(dirname "$0")
"$here/validate-desktop-file.sh" "$root/pli/usr/share/applications/org.pli.Pli.desktop" >/dev/null ||
    fail "the packaged .desktop file does not validate"
"$here/validate-metainfo.sh" "$root/pli/usr/share/metainfo/org.pli.Pli.metainfo.xml" \
    org.pli.Pli.desktop >/dev/null || fail "the packaged metainfo does not validate"

[[ $status == 0 ]] && echo "pli and pli-server $version: contents, dependencies and programs OK"
exit $status
