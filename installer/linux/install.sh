#!/bin/sh
# Install (or upgrade) this Packstation bundle for every user of the computer. Run as root from
# the unpacked folder:  sudo ./install.sh        remove it again:  sudo ./install.sh --uninstall
#
# Layout: /opt/packstation/VERSION/ holds the program, /opt/packstation/current points at the
# version in use, /usr/local/bin/packstation starts it, and the desktop entry and icon go where
# every desktop finds them. An upgrade installs the new version beside the old one, switches
# `current`, and keeps only the version it replaced (to go back: point `current` at it).
# The station's configuration and journal live in the station user's own folders
# (~/.config/packstation, ~/.local/share/packstation, or where station.toml says): neither an
# upgrade nor --uninstall touches them.
set -eu

prefix="${PACKSTATION_PREFIX:-/opt/packstation}"
bin_link="${PACKSTATION_BIN_LINK:-/usr/local/bin/packstation}"
share="${PACKSTATION_SHARE:-/usr/share}"
here="$(cd "$(dirname "$0")" && pwd)"

desktop_file="$share/applications/packstation.desktop"
icon_file="$share/icons/hicolor/256x256/apps/packstation.png"

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin_link" "$desktop_file" "$icon_file"
  rm -rf "$prefix"
  refresh_menus
  echo "Packstation removed; station configuration and journal were left in place."
  exit 0
fi

version="$(cat "$here/VERSION")"
target="$prefix/$version"
previous=""
if [ -L "$prefix/current" ]; then
  previous="$(basename "$(readlink "$prefix/current")")"
fi

mkdir -p "$prefix"
rm -rf "$target.new"
mkdir -p "$target.new"
cp -a "$here/packstation" "$here/_internal" "$target.new/"
rm -rf "$target"
mv "$target.new" "$target"
ln -sfn "$version" "$prefix/current.new"
mv -T "$prefix/current.new" "$prefix/current"

# Keep the version just replaced for a quick way back; older ones go.
for old in "$prefix"/*; do
  name="$(basename "$old")"
  case "$name" in
    current | "$version" | "$previous") ;;
    *) rm -rf "$old" ;;
  esac
done

mkdir -p "$(dirname "$bin_link")" "$(dirname "$desktop_file")" "$(dirname "$icon_file")"
ln -sfn "$prefix/current/packstation" "$bin_link"
sed "s|@EXEC@|$prefix/current/packstation|g" "$here/packstation.desktop" >"$desktop_file"
chmod 644 "$desktop_file"
cp "$here/packstation.png" "$icon_file"
chmod 644 "$icon_file"
refresh_menus

"$prefix/current/packstation" --selftest
echo "Packstation $version installed in $target (previous: ${previous:-none})."
