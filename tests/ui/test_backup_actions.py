"""File > Back Up Now and File > Restore from Backup… through the real main window and its real
modal dialogs; and the daily backup scheduler (hourly QTimer, once a day, never a tight loop)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relapp import clock
from relapp.services import backups, contacts, settings
from relapp.store.models import Contact
from relapp.ui import backup_scheduler
from relapp.ui.backup_actions import RestoreDialog
from relapp.ui.events import EventsHub
from relapp.ui.main_window import MainWindow
from tests.ui.helpers import when_dialog_opens


def make_window(qtbot) -> MainWindow:
    window = MainWindow(EventsHub())
    qtbot.addWidget(window)
    return window


def names() -> list[str]:
    return sorted(c.first_name for c in Contact.select())


def test_back_up_now_from_the_menu(qtbot, db) -> None:
    contacts.create_contact(first_name="Ada")
    window = make_window(qtbot)
    with qtbot.waitSignal(window.hub.status_message) as blocker:
        assert window.trigger_action("backup_now")
    found = backups.list_backups()
    assert [b.reason for b in found] == ["manual"]
    assert str(found[0].path) in blocker.args[0]


def test_restore_from_the_menu_picks_confirms_and_refreshes(qtbot, db) -> None:
    contacts.create_contact(first_name="Ada")
    clock.set_now(dt.datetime(2025, 1, 1, 9, 0))
    older = backups.snapshot("manual")
    contacts.create_contact(first_name="Bob")
    clock.set_now(dt.datetime(2025, 1, 2, 9, 0))
    backups.snapshot("manual")
    window = make_window(qtbot)
    seen_rows: list[str] = []

    def confirm(box) -> None:  # the confirmation message box
        assert older.name in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def pick(dialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        model = dialog.model
        seen_rows.extend(model.index(r, 0).data() for r in range(model.rowCount()))
        dialog.select_row(1)  # the older backup
        when_dialog_opens(confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(pick)
    with qtbot.waitSignal(window.hub.data_replaced, timeout=5000):
        window.trigger_action("restore_backup")
    assert seen_rows == ["2025-01-02 09:00", "2025-01-01 09:00"]
    assert names() == ["Ada"]
    kept = [b for b in backups.list_backups() if b.reason == "pre-restore"]
    assert len(kept) == 1  # the data before the restore is kept


def test_cancelling_the_confirmation_changes_nothing(qtbot, db) -> None:
    contacts.create_contact(first_name="Ada")
    backups.snapshot("manual")
    contacts.create_contact(first_name="Bob")
    window = make_window(qtbot)
    replaced: list[bool] = []
    window.hub.data_replaced.connect(lambda: replaced.append(True))

    def pick(dialog) -> None:
        when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(pick)
    window.trigger_action("restore_backup")
    qtbot.wait(50)
    assert names() == ["Ada", "Bob"] and not replaced
    assert [b.reason for b in backups.list_backups()] == ["manual"]


def test_restore_dialog_without_backups(qtbot, db) -> None:
    dialog = RestoreDialog([], None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()


def test_scheduler_backs_up_once_a_day_on_an_hourly_timer(qtbot, db) -> None:
    window = make_window(qtbot)
    window.install_extensions()
    scheduler = window.extensions["backups"]
    assert isinstance(scheduler, backup_scheduler.BackupScheduler)
    assert scheduler.timer.isActive() and scheduler.timer.interval() >= 3_600_000
    assert scheduler.first.isSingleShot() and scheduler.first.interval() >= 1000
    clock.set_now(dt.datetime(2025, 2, 1, 9, 0))
    first = scheduler.check()
    assert first is not None and first.exists()
    assert scheduler.check() is None  # an hour has not passed: not even a look
    assert scheduler.check(force=True) is None  # looked: today's backup exists
    clock.set_now(dt.datetime(2025, 2, 2, 9, 0))
    second = scheduler.check(force=True)
    assert second is not None and second != first
    settings.set("backup.daily_enabled", False)
    clock.set_now(dt.datetime(2025, 2, 3, 9, 0))
    assert scheduler.check(force=True) is None
    assert [b.created.date() for b in backups.list_backups()] == [
        dt.date(2025, 2, 2),
        dt.date(2025, 2, 1),
    ]
    scheduler.stop()
