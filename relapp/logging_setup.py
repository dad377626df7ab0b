"""The rotating log file: where relapp writes what happened, and what it must never write there.

:func:`setup_logging` sends the root logger to ``<log_dir>/relapp.log`` (folder 0700, files 0600 on
POSIX, rotated at 1 MB with five old files kept), one line per record with time, level, module and
line. **Rule:** the log holds events and identifiers (ids, counts, file paths, exception
tracebacks), never what the user wrote: no notes, summaries, follow-up texts or message drafts.
Log ``"logged interaction %d", interaction.id``, not the interaction. As a cheap guard against a
slip, :class:`TruncateFilter` cuts any message longer than a few hundred characters, so a note
passed by mistake leaves at most its beginning. No Qt here: the CLI uses this module too.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

LOG_FILENAME = "relapp.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MAX_MESSAGE_CHARS = 300
FORMAT = "%(asctime)s %(levelname)-7s %(name)s:%(lineno)d %(message)s"


class TruncateFilter(logging.Filter):
    """Cut a record's formatted message to ``max_chars`` (the traceback, if any, is kept)."""

    def __init__(self, max_chars: int = MAX_MESSAGE_CHARS) -> None:
        super().__init__()
        self.max_chars = max_chars

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw template only
            message = str(record.msg)
        if len(message) > self.max_chars:
            message = (
                f"{message[: self.max_chars]}\u2026 [{len(message) - self.max_chars} chars cut]"
            )
        record.msg, record.args = message, None
        return True


class PrivateRotatingFileHandler(logging.FileHandler):
    """The log file, 0600 on POSIX (the first and every one after a rollover), moved to ``.1``
    (``.1`` to ``.2`` ... up to ``backup_count``) before a record would take it past
    ``max_bytes``: the standard library's RotatingFileHandler rule, on the plain FileHandler,
    because importing ``logging.handlers`` (pickling, queues) cost about 3 ms at every start."""

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        self.max_bytes, self.backup_count = max_bytes, backup_count
        super().__init__(path, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]
        if os.name == "posix":
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.fchmod(fd, 0o600)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            size = len((self.format(record) + self.terminator).encode("utf-8", "replace"))
            self.stream.seek(0, os.SEEK_END)  # the command line may have written meanwhile
            if self.stream.tell() > 0 and self.stream.tell() + size > self.max_bytes:
                self._roll_over()
        except Exception:  # noqa: BLE001 - logging must never take the app down
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        self.stream.close()
        base = self.baseFilename
        for n in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backup_count > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)


def setup_logging(log_dir: Path | str, *, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file in ``log_dir`` and return the file's path.

    Calling it again (another folder, a test) replaces the handler it installed before; handlers
    installed by others are left alone. If the folder cannot be created, logging goes to stderr
    (warnings and above) and the app still starts."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_relapp_handler", False):
            root.removeHandler(handler)
            handler.close()
    path = Path(log_dir).expanduser() / LOG_FILENAME
    handler: logging.Handler
    try:
        _private_dir(path.parent)
        handler = PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backup_count=BACKUP_COUNT)
    except OSError as exc:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        logging.getLogger(__name__).warning("cannot write the log in %s: %s", path.parent, exc)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(TruncateFilter())
    handler._relapp_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, or None when it was not called."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_relapp_handler", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
