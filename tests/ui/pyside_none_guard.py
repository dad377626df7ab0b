"""A stopgap for a PySide6 6.12.0 bug on Python 3.11: every call of a Qt method that returns void
(``QLabel.setText``, ``QPainter.drawRect``, ``QWidget.update``...) drops one reference to ``None``,
not only ``QStandardItemModel.appendRow``. ``None`` starts with a few thousand references, so a
widget test session aborts with "Fatal Python error: none_dealloc" after a few thousand calls.

:func:`keep_none_alive` gives ``None`` a huge reference count, as Python 3.12 makes it immortal.
Measured with ``sys.getrefcount(None)`` around 200 calls: -200 for each void method tried.
The real fix is a PySide6 without the bug (6.11.x measured clean) or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_BUMP = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _BUMP // 2:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _BUMP
