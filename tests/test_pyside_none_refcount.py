"""The PySide6 in use must not leak references to None (6.12.0 does, on every void call, and a
running window then aborts with none_dealloc): pyproject.toml excludes that release."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) - before > -50
