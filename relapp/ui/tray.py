"""The system tray: an icon showing how many things are due, and a menu built each time it opens.

The menu lists today's items (clicking one opens the contact), then "Log Interaction...", "Snooze
All Until Tomorrow", "Open relapp" and "Quit", calling the window's actions and the services only.
:func:`install` (the ``tray`` extension) always builds the controller and sets ``window.tray`` to
it, so the window can ask :meth:`TrayController.is_available`; the icon is shown, and registered as
the notifications' last-resort channel, only where a system tray exists (elsewhere closing the
window quits and reminders still arrive as desktop notifications). A tray that appears late (the
panel starting after relapp at login) is picked up by a few delayed re-checks.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from relapp import notifications
from relapp.services import agenda, reminders
from relapp.ui.events import DATA_SIGNALS, connect_refresh

log = logging.getLogger(__name__)

MENU_ITEMS = 10  # today's items listed in the menu; the rest are one "more" entry
RECHECK_MS = (5_000, 20_000, 60_000)


def _icon(count: int) -> Any:
    from relapp.ui.icons import tray_icon

    return tray_icon(count)


class TrayController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.hub = window.hub
        self.count = 0
        self.icon = QSystemTrayIcon(window)
        self.icon.setToolTip("relapp")
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("relapp tray menu"))
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.item_actions: list[QAction] = []
        self.log_action = QAction(self.tr("&Log Interaction\u2026"), self)
        self.log_action.triggered.connect(self.log_interaction)
        self.snooze_action = QAction(self.tr("&Snooze All Until Tomorrow"), self)
        self.snooze_action.triggered.connect(self.snooze_all)
        self.open_action = QAction(self.tr("&Open relapp"), self)
        self.open_action.triggered.connect(self.open_window)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.triggered.connect(self.quit)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(200)
        self._pending.timeout.connect(self.update_count)
        connect_refresh(self.hub, self._pending.start, *DATA_SIGNALS)
        # The menu is built when it opens (aboutToShow), not at start-up.
        self.update_count()
        self._shown = False
        self._show_if_available()
        if not self._shown:
            for ms in RECHECK_MS:
                QTimer.singleShot(ms, self, self._show_if_available)

    # --- what the window asks --------------------------------------------------------------------
    def is_available(self) -> bool:
        return self._shown and QSystemTrayIcon.isSystemTrayAvailable()

    def show_message(self, title: str, text: str) -> None:
        if self.is_available():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _show_if_available(self) -> None:
        if self._shown or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.icon.show()
        self._shown = True
        notifications.set_fallback(self._notify_fallback)
        log.info("tray icon shown")

    def _notify_fallback(self, title: str, text: str) -> bool:
        if not self.is_available():
            return False
        self.show_message(title, text)
        return True

    # --- the icon --------------------------------------------------------------------------------
    def update_count(self) -> int:
        """Re-count what is due now and redraw the icon; returns the count."""
        try:
            self.count = agenda.due_count()
        except Exception:  # noqa: BLE001 - the tray must survive a database hiccup
            log.exception("could not count due items")
            return self.count
        self.icon.setIcon(_icon(self.count))
        tip = (
            self.tr("relapp: nothing due today")
            if self.count == 0
            else self.tr("relapp: {0} due").format(self.count)
        )
        self.icon.setToolTip(tip)
        return self.count

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if (
                self.window.isVisible()
                and not self.window.isMinimized()
                and self.window.isActiveWindow()
            ):
                self.window.hide()
            else:
                self.open_window()

    # --- the menu --------------------------------------------------------------------------------
    def today_items(self) -> tuple[list[tuple[str, int]], int]:
        """(label, contact id) for what is due today, most pressing first; and how many in all."""
        result = agenda.compute_agenda(days=1, limit=MENU_ITEMS)
        items: list[tuple[str, int]] = []
        for f in result.follow_ups:
            late = f" ({self.tr('overdue')})" if f.overdue_days > 0 else ""
            verb = self.tr("Promise from {0}") if f.is_promise else self.tr("Follow up with {0}")
            items.append((verb.format(f.contact) + late, f.contact_id))
        for c in result.celebrations:
            items.append(
                (self.tr("{0}: {1} today").format(c.contact, c.title.lower()), c.contact_id)
            )
        for ci in result.check_ins:
            items.append((self.tr("Check in with {0}").format(ci.contact), ci.contact_id))
        total = result.follow_ups_total + result.celebrations_total + result.check_ins_total
        return items[:MENU_ITEMS], total

    def rebuild_menu(self) -> None:
        self.menu.clear()
        self.item_actions = []
        try:
            items, total = self.today_items()
        except Exception:  # noqa: BLE001
            log.exception("could not build the tray menu")
            items, total = [], 0
        if not items:
            empty = self.menu.addAction(self.tr("Nothing due today"))
            empty.setEnabled(False)
        for label, contact_id in items:
            action = self.menu.addAction(label.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, cid=contact_id: self.open_contact(cid))
            self.item_actions.append(action)
        if total > len(items):
            more = self.menu.addAction(
                self.tr("{0} more in Today\u2026").format(total - len(items))
            )
            more.triggered.connect(self.open_today)
            self.item_actions.append(more)
        self.menu.addSeparator()
        for action in (self.log_action, self.snooze_action):
            self.menu.addAction(action)
        self.snooze_action.setEnabled(self.count > 0 or bool(items))
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)

    # --- actions ---------------------------------------------------------------------------------
    def open_window(self) -> None:
        self.window.bring_to_front()

    def open_contact(self, contact_id: int) -> None:
        self.window.show_contact(contact_id)

    def open_today(self) -> None:
        self.window.bring_to_front()
        self.window.show_view("today")

    def log_interaction(self) -> None:
        self.window.bring_to_front()
        if not self.window.trigger_action("log_interaction"):
            self.hub.log_interaction_requested.emit([])

    def snooze_all(self) -> int:
        moved = reminders.snooze_all_until_tomorrow()
        self.hub.follow_ups_changed.emit()
        self.hub.contacts_changed.emit()
        self.update_count()
        self.hub.status_message.emit(self.tr("Snoozed {0} item(s) until tomorrow").format(moved))
        return moved

    def quit(self) -> None:
        if not self.window.trigger_action("quit"):
            from PySide6.QtWidgets import QApplication

            self.window.quit_requested = True
            QApplication.quit()

    def shutdown(self) -> None:
        notifications.set_fallback(None)
        self.icon.hide()


def install(window: Any) -> TrayController:
    """The ``tray`` extension: build the controller and hand it to the window as ``window.tray``."""
    controller = TrayController(window)
    window.tray = controller
    return controller
