#!/bin/sh
# Install DutyLog for the current user (no root needed):
#   the bundle          -> ~/.local/share/dutylog/app   (replaced on upgrade)
#   the command         -> ~/.local/bin/dutylog
#   menu entry, icons   -> ~/.local/share/applications, ~/.local/share/icons/hicolor
#
#   ./install.sh             install or upgrade
#   ./install.sh --uninstall remove the program; the database, backups and settings
#                            (~/.local/share/DutyLog, ~/.config/DutyLog) are kept
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP="$DATA/dutylog/app"
BIN="$HOME/.local/bin"

uninstall() {
    rm -rf "$DATA/dutylog"
    rm -f "$BIN/dutylog" "$DATA/applications/dutylog.desktop"
    for icon in "$DATA"/icons/hicolor/*/apps/dutylog.png "$DATA/icons/hicolor/scalable/apps/dutylog.svg"; do
        rm -f "$icon"
    done
    refresh
    echo "DutyLog removed; your data in $DATA/DutyLog is kept."
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

# Upgrade in place: the new bundle goes beside the old one and then takes its place.
mkdir -p "$DATA/dutylog" "$BIN" "$DATA/applications"
rm -rf "$APP.new"
cp -a "$HERE/dutylog" "$APP.new"
rm -rf "$APP.old"
[ -d "$APP" ] && mv "$APP" "$APP.old"
mv "$APP.new" "$APP"
rm -rf "$APP.old"
ln -sf "$APP/dutylog" "$BIN/dutylog"

for png in "$HERE"/share/icons/dutylog-*.png; do
    size="$(basename "$png" .png)"
    size="${size#dutylog-}"
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/dutylog.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/dutylog.svg" "$DATA/icons/hicolor/scalable/apps/dutylog.svg"
sed "s|@BINDIR@|$APP|g" "$HERE/share/dutylog.desktop" >"$DATA/applications/dutylog.desktop"
refresh

echo "DutyLog installed in $APP"
case ":$PATH:" in
    *":$BIN:"*) echo "Run it from the applications menu or with: dutylog" ;;
    *) echo "Run it from the applications menu or with: $BIN/dutylog ($BIN is not on your PATH)" ;;
esac
