"""Benchmark: how long the frozen bundle takes to start, against a bare PySide6 window floor.

Times whole processes (wall clock, start to exit), interleaved so machine load hits every
variant alike, medians over repeats:

- floor: ``python -c`` creating a QApplication and showing a bare QMainWindow, then quitting
  (offscreen): the least any PySide6 window app can cost here;
- ``relapp --version`` and ``relapp --self-check`` from the source tree (``python -m relapp``);
- the same two from the frozen bundle ``dist/relapp/relapp`` (build it first with
  ``scripts/build_bundle.sh``).

Usage: ``python bench/bench_frozen_start.py [--repeats N] [--bundle PATH]``. Prints medians in ms,
ratios against the floor and the bundle size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        cmd, env=env, cwd="/", check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return (time.perf_counter() - started) * 1000


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "relapp")
    args = parser.parse_args()
    exe = args.bundle / "relapp"
    if not exe.is_file():
        print(f"no bundle at {args.bundle}: run scripts/build_bundle.sh first", file=sys.stderr)
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    variants = {
        "floor: bare PySide6 window": [sys.executable, "-c", FLOOR],
        "source: relapp --version": [sys.executable, "-m", "relapp", "--version"],
        "source: relapp --self-check": [sys.executable, "-m", "relapp", "--self-check"],
        "frozen: relapp --version": [str(exe), "--version"],
        "frozen: relapp --self-check": [str(exe), "--self-check"],
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for cmd in variants.values():  # warm the page cache once
        timed(cmd, env)
    for _ in range(args.repeats):
        for name, cmd in variants.items():
            times[name].append(timed(cmd, env))
    floor = statistics.median(times["floor: bare PySide6 window"])
    print(f"{'variant':<32}{'median ms':>10}{'x floor':>9}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<32}{median:>10.0f}{median / floor:>9.2f}")
    print(f"bundle {args.bundle}: {folder_size(args.bundle) / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
