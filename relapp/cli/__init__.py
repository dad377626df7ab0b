"""The command line: ``relapp`` with no subcommand opens the window; subcommands run headless.

Each command group lives in its own module with a ``register(subparsers)`` function; this module
builds the parser, opens the database and turns every :class:`UserError` into one line on stderr
with exit code 2 (the database untouched). Qt is imported only when the window is opened.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from relapp import __version__
from relapp.errors import UserError

# Command modules, each with register(subparsers); add new groups here.
COMMAND_MODULES = (
    "relapp.cli.contacts",
    "relapp.cli.agenda",
    "relapp.cli.interchange",
    "relapp.cli.insights",
    "relapp.cli.maintenance",
    "relapp.cli.tags",
)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $RELAPP_DB or the user data folder)"
    )
    parser.add_argument("--minimized", action="store_true", help="start in the system tray only")
    parser.add_argument(
        "--self-check", action="store_true", help="verify the installation and exit"
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="install the menu entry and icons for this user",
    )


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain window start (no command, no --help/--version), parsed without
    importing any command module; None when the full parser is needed."""
    light = argparse.ArgumentParser(prog="relapp", add_help=False, exit_on_error=False)
    _add_global_options(light)
    try:
        args, rest = light.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser reports it
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="relapp",
        description="relapp: keep the relationships that matter to your work. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"relapp {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def db_path_from(args: argparse.Namespace) -> Path:
    from relapp.paths import default_db_path, ensure_private_dir

    if args.db:
        return Path(args.db).expanduser()
    path = default_db_path()
    if not os.environ.get("RELAPP_DB"):
        ensure_private_dir(path.parent)
    return path


def open_db(args: argparse.Namespace) -> Path:
    """Open (and migrate) the database named by ``args``; raises DatabaseError clearly."""
    from relapp.store import init_db

    path = db_path_from(args)
    init_db(path)
    return path


def fail(message: str) -> int:
    print(f"relapp: error: {message}", file=sys.stderr)
    return 2


_YEARLESS = re.compile(r"^--\d{1,2}-?\d{1,2}$")


def _join_yearless_dates(argv: Sequence[str]) -> list[str]:
    """Let ``--birthday --03-15`` through: argparse would take ``--03-15`` for an option."""
    out: list[str] = []
    for arg in argv:
        if out and out[-1].startswith("--") and "=" not in out[-1] and _YEARLESS.match(arg):
            out[-1] = f"{out[-1]}={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    words = _join_yearless_dates(sys.argv[1:] if argv is None else argv)
    # Opening the window is the common case: it skips importing every command module.
    args = _window_args(words) or build_parser().parse_args(words)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if args.self_check:
            from relapp.selfcheck import run_self_check

            return run_self_check()
        if args.install_desktop_entry:
            from relapp.desktop_integration import install_desktop_entry

            for line in install_desktop_entry():
                print(line)
            return 0
        if handler is None:
            from relapp.app import run

            return run(args)
        if getattr(args, "needs_db", True):
            open_db(args)
        return handler(args)
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    finally:
        from relapp.store.db import close_db

        close_db()
