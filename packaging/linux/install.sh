#!/bin/sh
# Per-user install of the built program on Linux, no root needed:
#   packaging/linux/install.sh [dist/SangKienDesktop]      (uninstall: install.sh --uninstall)
# Copies the one-folder program to ~/.local/opt/SangKienDesktop, adds the menu entry, the icon
# and the .skpkg file type. The user's data (~/.local/share/sangkien_desktop) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/SangKienDesktop
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data_home/mime" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$data_home/applications/sangkien-desktop.desktop" "$data_home/mime/packages/sangkien-desktop.xml"
  for size in $sizes; do rm -f "$data_home/icons/hicolor/${size}x${size}/apps/sangkien-desktop.png"; done
  rm -f "$data_home/icons/hicolor/scalable/apps/sangkien-desktop.svg"
  refresh
  echo "Removed the program; your data in $data_home/sangkien_desktop is kept."
  exit 0
fi

bundle=$(cd "${1:-$root/dist/SangKienDesktop}" && pwd)
[ -x "$bundle/SangKienDesktop" ] || { echo "No built program in $bundle: run 'make bundle' first." >&2; exit 1; }
rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -a "$bundle" "$target"
mkdir -p "$data_home/applications" "$data_home/mime/packages" "$data_home/icons/hicolor/scalable/apps"
sed -e "s|^Exec=SangKienDesktop|Exec=$target/SangKienDesktop|" \
    -e "s|^TryExec=SangKienDesktop|TryExec=$target/SangKienDesktop|" \
    "$here/sangkien-desktop.desktop" > "$data_home/applications/sangkien-desktop.desktop"
cp "$here/sangkien-desktop-mime.xml" "$data_home/mime/packages/sangkien-desktop.xml"
icons=$target/_internal/resources/icons
for size in $sizes; do
  mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
  cp "$icons/sangkien-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/sangkien-desktop.png"
done
cp "$icons/sangkien.svg" "$data_home/icons/hicolor/scalable/apps/sangkien-desktop.svg"
refresh
echo "Installed in $target; the menu entry is 'Sáng kiến Desktop'."
