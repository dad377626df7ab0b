#!/usr/bin/env bash
# Regenerate the README screenshots under Xvfb (a real X server), light and dark.
# Needs: apt-get install -y xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 (see .ci/apt-packages.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
for theme in light dark; do
  xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots.py --theme "$theme" "$@"
done
