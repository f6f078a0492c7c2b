#!/bin/sh
# Installs the Debian/Ubuntu packages named as arguments when any is missing:
# with apt-get when running as root, otherwise prints the exact command and stops.
set -u
command -v dpkg-query >/dev/null 2>&1 || {
    echo "Not a Debian/Ubuntu system: make sure Qt's system libraries are installed ($*)." >&2
    exit 0
}
missing=""
for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "Installing system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
        echo "apt-get could not install:$missing" >&2
        exit 1
    }
else
    echo "Tour Viewer needs these system libraries. Install them with:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
