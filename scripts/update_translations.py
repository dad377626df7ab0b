"""Extract every ``tr()`` text of the window into the English source catalogue for translators.

``python scripts/update_translations.py`` runs ``pyside6-lupdate`` over ``relapp/`` and writes
``i18n/relapp_en.ts`` (the English source texts, by context = widget class). ``--check`` exits 1
when the catalogue in the repository lacks texts that the code now has (for CI). A translation is
made by copying the file to ``relapp_<lang>.ts``, translating it (Qt Linguist) and compiling it with
``pyside6-lrelease``; the app loads ``relapp_<lang>.qm`` with a QTranslator.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "i18n" / "relapp_en.ts"


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "relapp").rglob("*.py"))


def extract(target: Path) -> None:
    tool = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found (it comes with PySide6)")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool,
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "en",
            *_sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def texts(path: Path) -> set[tuple[str, str]]:
    """(context, source text) pairs in a .ts file."""
    if not path.exists():
        return set()
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", ""))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the catalogue is stale")
    args = parser.parse_args(argv)
    if not args.check:
        extract(CATALOGUE)
        print(f"{CATALOGUE.relative_to(ROOT)}: {len(texts(CATALOGUE))} texts")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        extract(fresh)
        missing = texts(fresh) - texts(CATALOGUE)
    for context, source in sorted(missing)[:20]:
        print(f"missing: {context}: {source!r}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} texts missing; run scripts/update_translations.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
