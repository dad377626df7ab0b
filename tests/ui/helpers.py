"""Helpers for driving modal dialogs in pytest-qt: schedule what to do once the dialog is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def when_dialog_opens(action: Callable[[QDialog], None], *, tries: int = 500) -> list[QDialog]:
    """Run ``action(dialog)`` on the next modal dialog to open; returns a list filled with it."""
    seen: list[QDialog] = []

    def poll(remaining: int = tries) -> None:
        widget: QWidget | None = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget not in seen:
            seen.append(widget)
            try:
                action(widget)
            except BaseException:
                widget.reject()  # never leave a modal dialog blocking the test
                raise
            return
        if remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
    return seen


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Make ``window`` the active window (keyboard shortcuts only reach the active one)."""
    window.show()
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
