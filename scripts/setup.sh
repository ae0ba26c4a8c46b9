#!/usr/bin/env bash
# Installs every Debian 12 / Ubuntu package that building Pli, running its tests and the demo
# need — only those that are missing. As root it runs apt-get; otherwise it uses sudo when it
# can, and prints the command to run when it cannot.
#   scripts/setup.sh                    build, tests, demo
#   scripts/setup.sh --bench            also what the benchmarks under bench/ start
#   scripts/setup.sh --list [--bench]   prints the packages, one a line, installs nothing
#   scripts/setup.sh --bench-programs   prints "PROGRAM PACKAGE" for what the benchmarks start
# Every program a test or script starts must come from one of these packages (or from Debian's
# essential and required ones): scripts/check-setup-packages.sh (a ctest) checks it.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n qt6-svg-dev qtkeychain-qt6-dev libgl-dev
  # server and core libraries
  libcpp-httplib-dev libsqlite3-dev libssl-dev nlohmann-json3-dev libqrcodegencpp-dev
  zlib1g-dev libbrotli-dev
  # tests: the private session (scripts/with-test-session.sh), keyring, display
  libgtest-dev libgmock-dev gnome-keyring libsecret-tools dbus dbus-daemon dbus-bin dbus-x11
  xvfb xauth fonts-dejavu-core
  # programs the tests start: oathtool (TOTP codes), curl, pdftotext and pdfinfo (printing),
  # openssl (certificates)
  oathtool curl poppler-utils openssl
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizers
  clang libclang-rt-14-dev
  # packages (cmake --build --preset release --target package) and their tests: dpkg-shlibdeps,
  # desktop-file-validate, appstreamcli, groff (man pages), systemd-analyze (the service unit)
  dpkg-dev desktop-file-utils appstream groff-base systemd
)
bench_packages=(
  # bench/download-vs-curl.sh: a reference HTTP server and the downloaders compared with Pli
  nginx aria2 curl time bc
)
# The programs the benchmarks start, with their packages: the check knows them even on a machine
# where the benchmarks' packages are not installed (CI).
bench_programs=(nginx:nginx aria2c:aria2 curl:curl bc:bc)

list=false
for arg in "$@"; do
  case $arg in
    --bench) packages+=("${bench_packages[@]}") ;;
    --list) list=true ;;
    --bench-programs) printf '%s\n' "${bench_programs[@]}" | tr ':' ' '; exit 0 ;;
    *) echo "setup: unknown option '$arg' (use --bench, --list, --bench-programs)" >&2; exit 2 ;;
  esac
done
if $list; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "setup: these packages are missing; install them and run again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
"${sudo[@]}" "${apt[@]}" update -q || true
"${sudo[@]}" "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
