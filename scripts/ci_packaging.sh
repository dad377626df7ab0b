#!/usr/bin/env bash
# What CI runs for packaging (.ci/run calls it after the tests):
#   1. desktop-file-validate on the shipped .desktop entry, and on the entries relapp itself writes
#      (--install-desktop-entry and the start-at-login entry) under a temporary XDG home;
#   2. AppStream validation of the metainfo (appstreamcli, or appstream-util where that is what
#      the system has), offline;
#   3. scripts/build_bundle.sh: the PyInstaller bundle and its frozen --self-check, strict about the
#      system libraries of the Qt platform plugins.
# Debian packages it needs are in .ci/apt-packages.txt. Set RELAPP_CLEAN_CHECKOUT=1 to build from
# `git archive HEAD` rather than the working tree.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
DESKTOP=resources/linux/io.github.relapp.Relapp.desktop
METAINFO=resources/linux/io.github.relapp.Relapp.metainfo.xml

echo "ci_packaging: desktop-file-validate $DESKTOP"
desktop-file-validate "$DESKTOP"

XDG=$(mktemp -d -t relapp-xdg-XXXXXX)
trap 'rm -rf "$XDG"' EXIT
XDG_DATA_HOME=$XDG/data XDG_CONFIG_HOME=$XDG/config "$PYTHON" -m relapp --install-desktop-entry
desktop-file-validate "$XDG/data/applications/io.github.relapp.Relapp.desktop"
XDG_CONFIG_HOME=$XDG/config "$PYTHON" -c \
    "from relapp.desktop_integration import set_autostart; print('autostart entry:', set_autostart(True))"
desktop-file-validate "$XDG/config/autostart/io.github.relapp.Relapp.desktop"
echo "ci_packaging: the installed and autostart entries validate"

if command -v appstreamcli >/dev/null; then
    echo "ci_packaging: appstreamcli validate --no-net $METAINFO"
    appstreamcli validate --no-net "$METAINFO"
elif command -v appstream-util >/dev/null; then
    echo "ci_packaging: appstream-util validate-relax --nonet $METAINFO"
    appstream-util validate-relax --nonet "$METAINFO"
else
    echo "ci_packaging: FAIL: neither appstreamcli nor appstream-util is installed" >&2
    exit 1
fi

args=()
if [ "${RELAPP_CLEAN_CHECKOUT:-0}" = "1" ]; then
    args+=(--clean-checkout)
fi
RELAPP_BUNDLE_STRICT=1 PYTHON=$PYTHON bash scripts/build_bundle.sh "${args[@]}"
echo "ci_packaging: ok"
