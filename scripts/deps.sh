#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds against, when any is missing.
# Runs as root on a fresh machine (make demo / make test call it); a no-op when all are present.
set -euo pipefail
pkgs=(g++ cmake make pkg-config libxml2-dev libicu-dev libsqlite3-dev libyaml-cpp-dev libyaml-dev catch2
      libcli11-dev nlohmann-json3-dev libfmt-dev libpoppler-cpp-dev libpoppler-private-dev libxlsxwriter-dev libssl-dev sqlite3
      unzip libstemmer-dev wordnet-dev wordnet-base libcpp-httplib-dev libzip-dev)  # unzip: the audit tests read the .xlsx sheets back
# libpoppler-private-dev: poppler's core headers, for the PDF reader's text layout.
# Extra packages for a target: `deps.sh bench` etc.
case "${1:-}" in
  bench)
    # node and npm may come from NodeSource (npm inside its nodejs): ask for the
    # Debian packages only when the commands are missing.
    pkgs+=(libbenchmark-dev valgrind time jq sqlite3)
    command -v node >/dev/null || pkgs+=(nodejs)
    command -v npm >/dev/null || pkgs+=(npm)
    ;;
  fuzz) pkgs+=(clang libclang-rt-14-dev) ;;
  # Headless Chromium opens the HTML audit sheet in tests/audit.
  browser) pkgs+=(chromium) ;;
esac
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
