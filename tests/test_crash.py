"""The crash hook: an error raised in a slot is logged and reported in a dialog, the app keeps
running, and an unrelated open dialog keeps what the user typed in it.

pytest-qt installs its own exception capture around each test; ``qt_no_exception_capture`` leaves
``sys.excepthook`` to ours, which is what the app runs with.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTextEdit, QVBoxLayout

from relapp import __version__
from relapp.crash import format_report, install_excepthook
from relapp.logging_setup import setup_logging

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hook(qapp, tmp_path: Path):
    log_file = setup_logging(tmp_path / "logs")
    installed = install_excepthook(qapp)
    yield installed, log_file
    installed.uninstall()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_relapp_handler", False):
            logging.getLogger().removeHandler(handler)
            handler.close()
    logging.getLogger().setLevel(logging.WARNING)


def _boom() -> None:
    raise RuntimeError("boom from a timer slot")


def _flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_error_in_slot_shows_report_and_keeps_typed_text(qtbot, hook) -> None:
    installed, log_file = hook
    editor = QDialog()
    qtbot.addWidget(editor)
    line = QLineEdit(editor)
    QVBoxLayout(editor).addWidget(line)
    editor.show()
    qtbot.keyClicks(line, "half-typed name")

    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: installed.dialog is not None and installed.dialog.isVisible())

    report = installed.dialog.report_text()
    assert "RuntimeError: boom from a timer slot" in report
    assert f"relapp {__version__}" in report
    assert "Platform:" in report
    # The app goes on: the other dialog is still open with its text, and events still run.
    assert editor.isVisible()
    assert line.text() == "half-typed name"
    qtbot.keyClicks(line, "!")
    assert line.text() == "half-typed name!"

    _flush_logs()
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in logged
    assert "RuntimeError: boom from a timer slot" in logged


def test_error_while_a_modal_dialog_runs_keeps_that_dialog(qtbot, hook) -> None:
    """A contact being edited in a modal dialog (``exec()``) when a timer elsewhere fails: the
    report stacks on top and can be closed, then the edit goes on with the typed text."""
    installed, _ = hook
    editor = QDialog()
    qtbot.addWidget(editor)
    line = QLineEdit(editor)
    QVBoxLayout(editor).addWidget(line)
    seen: dict[str, object] = {}

    def while_modal() -> None:
        qtbot.keyClicks(line, "Grace Hopper")
        QTimer.singleShot(0, _boom)
        QTimer.singleShot(0, check_report)

    def check_report() -> None:
        dialog = installed.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, check_report)
            return
        seen["modal_on_top"] = QApplication.activeModalWidget() is dialog
        dialog.close()
        seen["editor_back"] = QApplication.activeModalWidget() is editor
        seen["text"] = line.text()
        editor.accept()

    QTimer.singleShot(0, while_modal)
    QTimer.singleShot(5000, editor.reject)  # never hang: a failure ends as Rejected
    assert editor.exec() == QDialog.DialogCode.Accepted
    assert seen == {"modal_on_top": True, "editor_back": True, "text": "Grace Hopper"}


def test_copy_report_puts_it_on_the_clipboard(qtbot, hook) -> None:
    installed, _ = hook
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: installed.dialog is not None and installed.dialog.isVisible())
    installed.dialog.copy_button.click()
    assert "boom from a timer slot" in QApplication.clipboard().text()


def _other() -> None:
    raise ZeroDivisionError("another one")


def test_repeated_errors_share_one_dialog(qtbot, hook, tmp_path: Path) -> None:
    installed, log_file = hook
    for _ in range(3):
        QTimer.singleShot(0, _boom)
    QTimer.singleShot(0, _other)
    qtbot.waitUntil(lambda: installed.count == 4)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "crashDialog" and w.isVisible()
    ]
    assert len(dialogs) == 1
    text = dialogs[0].report_text()
    assert text.count("RuntimeError: boom from a timer slot") == 1  # the same one is counted
    assert "ZeroDivisionError: another one" in text
    assert "4 errors so far" in dialogs[0].summary.text()


def test_an_error_repeating_at_every_repaint_does_not_flood_the_log(qtbot, hook) -> None:
    installed, log_file = hook
    for _ in range(250):
        try:
            _boom()
        except RuntimeError:
            installed.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert installed.count == 250 and len(installed.reports) == 1
    _flush_logs()
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("Traceback") == 3
    assert "250 times in a row" not in logged and "201 times in a row" in logged


def test_error_while_showing_the_report_does_not_loop(qtbot, hook, monkeypatch, capsys) -> None:
    installed, log_file = hook
    from relapp.ui import crash_dialog

    calls = []

    def broken_init(self, report, parent=None):  # noqa: ANN001
        calls.append(report)
        raise ValueError("the dialog itself is broken")

    monkeypatch.setattr(crash_dialog.CrashDialog, "__init__", broken_init)
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: installed.count == 1)
    qtbot.wait(50)
    assert len(calls) == 1  # tried once, not again for its own failure
    assert installed.reports and not installed.handling
    _flush_logs()
    assert "could not show the crash report" in log_file.read_text(encoding="utf-8")


def test_error_in_a_worker_thread_is_reported_on_the_gui_thread(qtbot, hook) -> None:
    installed, _ = hook

    def work() -> None:
        raise LookupError("from a worker")

    thread = threading.Thread(target=work, name="worker-1")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: installed.dialog is not None and installed.dialog.isVisible())
    assert "Thread: worker-1" in installed.dialog.report_text()
    assert "LookupError: from a worker" in installed.dialog.report_text()


def test_uninstall_restores_previous_hooks(qapp) -> None:
    before_sys, before_thread = sys.excepthook, threading.excepthook
    installed = install_excepthook(qapp)
    assert sys.excepthook == installed.sys_hook
    installed.uninstall()
    assert sys.excepthook is before_sys
    assert threading.excepthook is before_thread


def test_log_is_private_and_holds_no_note_text(qtbot, hook, db) -> None:
    """A note is in play (saved and typed in an open editor) when an error happens elsewhere:
    the log records the traceback, never the note."""
    installed, log_file = hook
    from relapp.services import contacts, interactions

    setup_logging(log_file.parent, level=logging.DEBUG)  # even SQL debugging keeps notes out
    note = "CONFIDENTIAL salary talk with Ada about the reorg"
    contact_id = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    interactions.log_interaction(contact_ids=[contact_id], kind="coffee", summary=note, notes=note)
    editor = QDialog()
    qtbot.addWidget(editor)
    text = QTextEdit(editor)
    text.setPlainText(note)
    editor.show()

    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: installed.dialog is not None and installed.dialog.isVisible())
    assert text.toPlainText() == note
    _flush_logs()
    logged = log_file.read_text(encoding="utf-8")
    assert "boom from a timer slot" in logged
    assert "CONFIDENTIAL" not in logged
    assert "CONFIDENTIAL" not in installed.dialog.report_text()
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_format_report_without_qt_dialog() -> None:
    try:
        raise KeyError("x")
    except KeyError:
        report = format_report(*sys.exc_info())  # type: ignore[arg-type]
    assert report.startswith(f"relapp {__version__}")
    assert "KeyError: 'x'" in report
