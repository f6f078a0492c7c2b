#!/bin/sh
# Installs the Tour Viewer bundle from this folder, with its menu entry and .tour file type.
#
#   ./install.sh             for you: ~/.local/opt/tourviewer, ~/.local/bin/tourviewer
#   sudo ./install.sh --system   for everyone: /opt/tourviewer, /usr/local/bin/tourviewer
#   ./install.sh --uninstall [--system]   removes them again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scope=--user; action=install
for arg in "$@"; do
  case $arg in
    --system) scope=--system ;;
    --user) scope=--user ;;
    --uninstall) action=uninstall ;;
    *) echo "install.sh: unknown option $arg (use --system, --user, --uninstall)" >&2; exit 2 ;;
  esac
done
if [ "$scope" = --system ]; then
  prefix=/opt/tourviewer; bin=/usr/local/bin
else
  prefix=$HOME/.local/opt/tourviewer; bin=$HOME/.local/bin
fi
if [ "$action" = uninstall ]; then
  [ -x "$prefix/tourviewer" ] && "$prefix/tourviewer" desktop uninstall "$scope" || true
  [ -L "$bin/tourviewer" ] && rm -f "$bin/tourviewer"
  rm -rf "$prefix"
  echo "Tour Viewer removed from $prefix"
  exit 0
fi
if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix.new"
  mkdir -p "$prefix.new"
  cp -R "$here/." "$prefix.new/"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"
fi
mkdir -p "$bin"
ln -sf "$prefix/tourviewer" "$bin/tourviewer"
"$prefix/tourviewer" desktop install "$scope"
echo "Tour Viewer installed in $prefix; start it from the menu, or as $bin/tourviewer"
