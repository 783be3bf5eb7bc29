#!/usr/bin/env bash
# Build the Linux station bundle: OUT_DIR/packstation-VERSION-linux-ARCH.tar.gz (default
# OUT_DIR: dist/). Run from anywhere in the repository:
#
#     installer/build-linux.sh [OUT_DIR]
#
# The tarball holds the PyInstaller one-folder build (packstation, _internal/), the desktop
# entry, the icon, VERSION and install.sh. PACKSTATION_PYTHON names the interpreter whose
# environment is frozen (default: `uv run --extra build python`, the project's own venv);
# PACKSTATION_BUILD_DIR the scratch folder (default: build/).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
out_dir="$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)"
work_dir="${PACKSTATION_BUILD_DIR:-$repo/build}"
if [ -n "${PACKSTATION_PYTHON:-}" ]; then
  python=("$PACKSTATION_PYTHON")
else
  python=(uv run --extra build python)
fi

version="$("${python[@]}" -c 'import packstation; print(packstation.__version__)')"
name="packstation-$version-linux-$(uname -m)"
stage="$work_dir/stage/$name"

started_s=$SECONDS
"${python[@]}" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$work_dir/dist" --workpath "$work_dir/pyinstaller" installer/packstation.spec

rm -rf "$work_dir/stage"
mkdir -p "$stage"
cp -a "$work_dir/dist/packstation/." "$stage/"
"${python[@]}" installer/make_icon.py "$work_dir/icons" >/dev/null
cp "$work_dir/icons/packstation.png" "$stage/"
cp installer/linux/packstation.desktop installer/linux/install.sh "$stage/"
chmod 755 "$stage/install.sh"
printf '%s\n' "$version" >"$stage/VERSION"

tarball="$out_dir/$name.tar.gz"
tar -C "$work_dir/stage" -czf "$tarball" "$name"
echo "bundle: $(du -sh "$stage" | cut -f1) unpacked, $(du -h "$tarball" | cut -f1) packed," \
  "built in $((SECONDS - started_s)) s" >&2
echo "$tarball"
