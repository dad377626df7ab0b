"""Accessibility and keyboard reach of the real window and dialogs, walked widget by widget.

Every interactive widget (line and text edits, buttons, combo and spin boxes, date edits, check
boxes, list/table/tree views) must carry a name a screen reader can announce: its accessible name,
its own text (buttons, check boxes) or a QLabel whose buddy it is. Every registered view and menu
action must be reachable from the keyboard (a shortcut, or a mnemonic in a menu-bar menu), and no
two actions may share a shortcut (an ambiguous shortcut triggers neither). Failures name the
module that built the widget so the owner knows which file to fix.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from relapp import clock

INTERACTIVE = (
    QLineEdit,
    QAbstractButton,  # push, tool, radio buttons and check boxes
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QListView,
    QTableView,
    QTreeView,
    QSpinBox,
    QDateEdit,
    QCalendarWidget,
)
# Widgets whose children are their own parts (the line edit inside a spin box, the table inside
# a calendar, a tab bar's scroll arrows, a line edit's clear button): the composite is checked,
# not its parts. Qt's own helpers (object names starting with "qt_") are skipped too.
COMPOSITES = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QLineEdit)


def _owner(widget: QWidget) -> str:
    """The relapp module that built ``widget``: the nearest ancestor defined in relapp."""
    node: QWidget | None = widget
    while node is not None:
        module = type(node).__module__
        if module.startswith("relapp"):
            return module
        node = node.parentWidget()
    return "?"


def _describe(widget: QWidget) -> str:
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"#{widget.objectName()}")
    for attr in ("placeholderText", "toolTip"):
        getter = getattr(widget, attr, None)
        value = getter() if getter is not None else ""
        if value:
            bits.append(f"{attr}={value!r}")
            break
    return " ".join(bits)


def _is_part_of_composite(widget: QWidget, top: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    node = widget.parentWidget()
    while node is not None and node is not top:
        if isinstance(node, COMPOSITES):
            return True
        node = node.parentWidget()
    return False


def _has_name(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    return id(widget) in buddies


def unnamed_widgets(top: QWidget) -> list[str]:
    """``module: widget`` for each interactive widget under ``top`` that has no name."""
    widgets = [top, *top.findChildren(QWidget)]
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    offenders = []
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE) or _is_part_of_composite(widget, top):
            continue
        if not _has_name(widget, buddies):
            offenders.append(f"{_owner(widget)}: {_describe(widget)}")
    return sorted(set(offenders))


def not_tab_reachable(top: QWidget) -> list[str]:
    offenders = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_composite(widget, top):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            offenders.append(f"{_owner(widget)}: {_describe(widget)}")
    return sorted(set(offenders))


# --- the surfaces --------------------------------------------------------------------------------
@pytest.fixture
def demo_db(db):
    from relapp.services import demo

    clock.set_now(dt.datetime(2026, 11, 23, 10, 0))
    demo.populate(contacts=12, today=dt.date(2026, 11, 23))
    return db


@pytest.fixture
def window(qtbot, demo_db):
    from relapp.ui.events import EventsHub
    from relapp.ui.main_window import MainWindow

    w = MainWindow(EventsHub())
    qtbot.addWidget(w)
    w.show()
    contacts_view = w.views.get("contacts")
    if contacts_view is not None:  # select someone so the profile panel is filled in
        from relapp.services import contact_list

        ids = contact_list.ordered_ids(contact_list.ContactFilter())
        if ids:
            w.hub.contact_requested.emit(ids[0])
    return w


def _first_contact() -> int:
    from relapp.services import contact_list

    return contact_list.ordered_ids(contact_list.ContactFilter())[0]


def _contact_dialog(w: QWidget) -> QWidget:
    from relapp.ui.contact_dialog import ContactDialog

    return ContactDialog(w.hub, _first_contact(), w)  # type: ignore[attr-defined]


def _log_dialog(w: QWidget) -> QWidget:
    from relapp.ui.log_dialog import LogDialog

    return LogDialog(w.hub, [_first_contact()], w)  # type: ignore[attr-defined]


def _settings_dialog(w: QWidget) -> QWidget:
    from relapp.ui.settings_dialog import SettingsDialog

    return SettingsDialog(w.hub, w)  # type: ignore[attr-defined]


def _crash_dialog(w: QWidget) -> QWidget:
    from relapp.crash import format_report
    from relapp.ui.crash_dialog import CrashDialog

    try:
        raise RuntimeError("sample")
    except RuntimeError:
        return CrashDialog(format_report(*sys.exc_info()), w)  # type: ignore[arg-type]


DIALOGS: dict[str, Callable[[QWidget], QWidget]] = {
    "contact_dialog": _contact_dialog,
    "log_dialog": _log_dialog,
    "settings_dialog": _settings_dialog,
    "crash_dialog": _crash_dialog,
}


def _views(window: QWidget) -> Iterable[tuple[str, QWidget]]:
    yield "main_window", window
    for key, view in window.views.items():  # type: ignore[attr-defined]
        yield f"view:{key}", view


# --- tests -----------------------------------------------------------------------------------------
def test_main_window_and_views_name_their_widgets(window) -> None:
    offenders = []
    for _, widget in _views(window):
        offenders += unnamed_widgets(widget)
    offenders = sorted(set(offenders))
    assert not offenders, "widgets without an accessible name or label:\n" + "\n".join(offenders)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialogs_name_their_widgets(qtbot, window, name: str) -> None:
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    offenders = unnamed_widgets(dialog)
    assert not offenders, f"{name}: widgets without an accessible name or label:\n" + "\n".join(
        offenders
    )


# Menu actions not opened here: they end the app or change data as soon as they are confirmed.
NOT_OPENED = {"quit", "delete_contact", "restore_backup", "undo_import"}


def _dialogs_opened_by(qtbot, window, key: str) -> list[QWidget]:
    """Trigger menu action ``key`` and collect (then close) the dialogs it opens, modal
    (``exec()``) or not. Qt's file dialogs are closed but not returned (Qt's own widgets)."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    found: list[QWidget] = []
    checked: set[int] = set()

    def sweep() -> None:
        candidates = [QApplication.activeModalWidget()]
        candidates += [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
        ]
        for dialog in candidates:
            if dialog is None or dialog is window or id(dialog) in checked:
                continue
            checked.add(id(dialog))
            if not isinstance(dialog, QFileDialog):
                found.append(dialog)
                found.append(unnamed_widgets(dialog))  # type: ignore[arg-type]
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        window.trigger_action(key)  # returns once a modal dialog was rejected by sweep()
        sweep()  # one opened with open()/show() is up already
        qtbot.wait(20)
    finally:
        timer.stop()
    return found


def test_every_dialog_from_the_menus_names_its_widgets(qtbot, window) -> None:
    """Whatever other dialogs the menus open (import wizard, export, brief…), walked the same way."""
    from relapp.ui.registry import ACTIONS

    offenders, opened = [], []
    for spec in ACTIONS:
        if spec.key in NOT_OPENED:
            continue
        found = _dialogs_opened_by(qtbot, window, spec.key)
        for dialog, problems in zip(found[::2], found[1::2], strict=True):
            opened.append(f"{spec.key}: {type(dialog).__name__}")
            offenders += [f"[{spec.key}] {p}" for p in problems]
    assert opened, "no dialog opened from the menus"
    assert not offenders, "widgets without an accessible name or label:\n" + "\n".join(
        sorted(set(offenders))
    )


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_widgets_are_reachable_with_tab(qtbot, window, name: str) -> None:
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    offenders = not_tab_reachable(dialog)
    assert not offenders, f"{name}: widgets Tab never reaches:\n" + "\n".join(offenders)


def test_every_action_is_in_a_menu_and_reachable_from_the_keyboard(window) -> None:
    from relapp.ui.registry import ACTIONS, VIEWS

    in_menus = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or not menu_action.isVisible():
            continue
        assert "&" in menu_action.text(), f"menu {menu_action.text()!r} has no mnemonic"
        for action in menu.actions():
            if not action.isSeparator():
                in_menus[id(action)] = (menu_action.text(), action)
    problems = []
    for spec in ACTIONS:
        action = window.actions_by_key.get(spec.key)
        if action is None or id(action) not in in_menus:
            problems.append(f"{spec.key} ({spec.target}): not in a visible menu")
            continue
        if spec.shortcut:
            if action.shortcut().isEmpty():
                problems.append(f"{spec.key}: shortcut {spec.shortcut!r} not set on the action")
            elif action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "":
                problems.append(f"{spec.key}: shortcut {spec.shortcut!r} cannot be shown")
        elif "&" not in action.text():
            problems.append(f"{spec.key}: no shortcut and no mnemonic in {action.text()!r}")
    for spec in VIEWS:
        if not spec.shortcut:
            problems.append(f"view {spec.key}: no shortcut")
    assert not problems, "\n".join(problems)


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def test_menu_shortcuts_and_mnemonics_are_unambiguous(window) -> None:
    """One key, one action: a shortcut shared by two actions triggers neither, and two items
    with the same mnemonic in one menu need the key pressed twice."""
    seen: dict[str, str] = {}
    problems = []
    menus = {}
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None and menu_action.isVisible():
            menus[menu_action.text()] = menu_action.menu()
    letters = [_mnemonic(text) for text in menus]
    for letter in {x for x in letters if x and letters.count(x) > 1}:
        problems.append(f"menu bar: mnemonic {letter!r} used twice")
    for title, menu in menus.items():
        used: dict[str, str] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text())
            if letter and action.isVisible():
                if letter in used:
                    problems.append(
                        f"{title}: {used[letter]!r} and {action.text()!r} share &{letter}"
                    )
                used[letter] = action.text()
            sequence = action.shortcut()
            if sequence.isEmpty():
                continue
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text in seen:
                problems.append(f"{text}: both {seen[text]!r} and {action.text()!r}")
            seen[text] = action.text()
    assert not problems, "\n".join(problems)
