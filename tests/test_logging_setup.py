"""The rotating log: private files (also after a rollover), the line format, long messages cut,
and a second set-up replacing the first instead of writing every line twice."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from relapp import logging_setup
from relapp.logging_setup import TruncateFilter, current_log_file, setup_logging


@pytest.fixture(autouse=True)
def _remove_handlers():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_relapp_handler", False):
            root.removeHandler(handler)
            handler.close()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_creates_private_folder_and_file_with_format(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "deep" / "logs")
    logging.getLogger("relapp.sample").info("opened database %d", 7)
    _flush()
    assert path == tmp_path / "deep" / "logs" / "relapp.log"
    assert current_log_file() == path
    line = path.read_text(encoding="utf-8").strip().splitlines()[-1]
    # time, level, module:line, message
    assert line[:4].isdigit() and " INFO " in line
    assert "relapp.sample:" in line and line.endswith("opened database 7")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_rotated_files_stay_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    old_umask = os.umask(0o022)
    try:
        path = setup_logging(tmp_path)
        log = logging.getLogger("relapp.rotate")
        for i in range(100):
            log.warning("line %03d %s", i, "x" * 80)
        _flush()
    finally:
        os.umask(old_umask)
    files = sorted(tmp_path.glob("relapp.log*"))
    assert len(files) == logging_setup.BACKUP_COUNT + 1  # it rolled over, keeping five old files
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert 0 < file.stat().st_size <= 2000, file
    # Newest last in relapp.log, older lines in .1, older still in .2: nothing lost in between.
    newest = [int(line.split("line ")[1][:3]) for line in path.read_text().splitlines()]
    previous = [
        int(line.split("line ")[1][:3])
        for line in (tmp_path / "relapp.log.1").read_text().splitlines()
    ]
    assert newest[-1] == 99 and previous[-1] + 1 == newest[0]
    assert newest == list(range(newest[0], 100))


def test_long_messages_are_cut_tracebacks_kept(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    secret_tail = "END-OF-A-LONG-NOTE"
    long_text = "n" * 5000 + secret_tail
    log = logging.getLogger("relapp.sample")
    log.info("note was %s", long_text)
    try:
        raise ValueError("kept")
    except ValueError:
        log.exception("failed")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert secret_tail not in text
    assert "chars cut]" in text
    assert "ValueError: kept" in text


def test_filter_leaves_short_messages_alone() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "id %d", (3,), None)
    assert TruncateFilter(10).filter(record)
    assert record.getMessage() == "id 3"


def test_second_setup_replaces_the_first(tmp_path: Path) -> None:
    first = setup_logging(tmp_path / "a")
    second = setup_logging(tmp_path / "b")
    logging.getLogger("relapp.sample").warning("only once")
    _flush()
    assert second.read_text(encoding="utf-8").count("only once") == 1
    assert "only once" not in first.read_text(encoding="utf-8")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_relapp_handler", False)]
    assert len(ours) == 1


def test_unwritable_folder_falls_back_without_raising(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    setup_logging(blocker / "logs")  # cannot create a folder under a file
    assert current_log_file() is None
    logging.getLogger("relapp.sample").info("still fine")
