#!/usr/bin/env bash
# Build the frozen relapp (PyInstaller, onedir, build.spec) and prove it runs: the frozen
# `relapp --self-check` must pass offscreen. Prints the bundle size and the self-check start time
# (wall clock of the whole frozen process: first run, then the median of three more).
#
#   scripts/build_bundle.sh                    build from the working tree into dist/relapp
#   scripts/build_bundle.sh --clean-checkout   build from `git archive HEAD` in a temporary folder
#                                              (what a fresh clone holds; the bundle lands in dist/)
# With xvfb-run installed it also runs the self-check on xcb and starts the real app for 4 s.
# Environment: PYTHON (default python3), RELAPP_BUNDLE_STRICT=1 makes a Qt platform plugin (xcb,
# wayland) whose system libraries are neither bundled nor installed an error instead of a warning.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
SRC=$ROOT
TMP=""
cleanup() { if [ -n "$TMP" ]; then rm -rf "$TMP"; fi; }
trap cleanup EXIT

if [ "${1:-}" = "--clean-checkout" ]; then
    TMP=$(mktemp -d -t relapp-build-XXXXXX)
    git -C "$ROOT" archive --format=tar HEAD | tar -x -C "$TMP"
    SRC=$TMP
    echo "build_bundle: building from a clean checkout of $(git -C "$ROOT" rev-parse --short HEAD) in $SRC"
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build_bundle: installing PyInstaller"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.5"
fi
if ! "$PYTHON" -c "import PySide6, peewee, plyer, platformdirs, dateutil, icalendar, vobject" 2>/dev/null; then
    echo "build_bundle: installing relapp's dependencies"
    "$PYTHON" -m pip install --quiet "$SRC"
fi

DIST=$ROOT/dist
WORK=$SRC/build/pyinstaller
rm -rf "$DIST/relapp"
started=$(date +%s)
(cd "$SRC" && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" build.spec)
echo "build_bundle: built in $(( $(date +%s) - started )) s"

BUNDLE=$DIST/relapp
EXE=$BUNDLE/relapp
[ -x "$EXE" ] || { echo "build_bundle: FAIL: $EXE was not produced" >&2; exit 1; }

# System libraries the native platform plugins need that are neither bundled nor installed here.
missing_libs() {
    local plugin=$1
    [ -f "$plugin" ] || return 0
    LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' '
}
if command -v ldd >/dev/null; then
    for name in xcb wayland; do
        missing=$(missing_libs "$BUNDLE/_internal/PySide6/Qt/plugins/platforms/libq$name.so")
        if [ -n "$missing" ]; then
            if [ "${RELAPP_BUNDLE_STRICT:-0}" = "1" ]; then
                echo "build_bundle: FAIL: the $name platform plugin needs $missing" >&2
                exit 1
            fi
            echo "build_bundle: warning: the $name platform plugin needs $missing(install them before building to bundle them)"
        fi
    done
fi

export QT_QPA_PLATFORM=offscreen
RUNDIR=$(mktemp -d -t relapp-run-XXXXXX)
trap 'cleanup; rm -rf "$RUNDIR"' EXIT
# The frozen app must not find relapp's source tree or an override: run it from elsewhere.
(cd "$RUNDIR" && env -u RELAPP_RESOURCES -u PYTHONPATH "$EXE" --self-check) || {
    echo "build_bundle: FAIL: the frozen self-check failed" >&2
    exit 1
}

# With Xvfb at hand, the real platform plugin too: the self-check on xcb, then the real start path
# (app.run: single instance, database, window, tray, schedulers) must still be up after 4 s.
if command -v xvfb-run >/dev/null; then
    XVFB=(xvfb-run -a -s "-screen 0 1280x900x24")
    (cd "$RUNDIR" && env -u RELAPP_RESOURCES -u PYTHONPATH "${XVFB[@]}" env QT_QPA_PLATFORM=xcb \
        "$EXE" --self-check > "$RUNDIR/xcb.txt" 2>&1) || {
        cat "$RUNDIR/xcb.txt" >&2
        echo "build_bundle: FAIL: the frozen self-check failed on xcb (Xvfb)" >&2
        exit 1
    }
    echo "build_bundle: frozen self-check on xcb (Xvfb): $(tail -n 1 "$RUNDIR/xcb.txt")"
    mkdir -p "$RUNDIR/data" "$RUNDIR/config"
    rc=0
    (cd "$RUNDIR" && RELAPP_DATA_DIR=$RUNDIR/data XDG_CONFIG_HOME=$RUNDIR/config "${XVFB[@]}" \
        env QT_QPA_PLATFORM=xcb timeout 4 "$EXE" --db "$RUNDIR/data/relapp.sqlite3" \
        > "$RUNDIR/window.txt" 2>&1) || rc=$?
    if [ "$rc" != 124 ]; then
        cat "$RUNDIR/window.txt" >&2
        echo "build_bundle: FAIL: the frozen app exited with $rc within 4 s on xcb" >&2
        exit 1
    fi
    echo "build_bundle: frozen app started on xcb (Xvfb) and was still running after 4 s"
fi

timed_run() {
    local t0 t1
    t0=$(date +%s%N)
    (cd "$RUNDIR" && env -u RELAPP_RESOURCES -u PYTHONPATH "$EXE" --self-check >/dev/null)
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}
runs=$(for _ in 1 2 3; do timed_run; done | sort -n | tr '\n' ' ')
median=$(echo "$runs" | awk '{print $2}')
size=$(du -sh "$BUNDLE" | cut -f1)
size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "build_bundle: bundle $BUNDLE: $size ($size_mb MiB, $files files)"
echo "build_bundle: frozen self-check start-to-exit: median ${median} ms of 3 runs (${runs% }ms)"
echo "build_bundle: ok"
