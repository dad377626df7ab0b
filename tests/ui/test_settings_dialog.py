"""The Settings dialog driven like a user would: values survive a restart (database closed and
opened again), start at login writes and removes the real autostart entry under the test's
XDG_CONFIG_HOME, refused values keep the dialog open with nothing saved, a cadence change moves
stored due dates, and the theme is previewed live and put back on Cancel."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from relapp import clock
from relapp.services import settings
from relapp.store import init_db
from relapp.store.db import close_db
from relapp.ui import settings_dialog
from relapp.ui.events import EventsHub
from relapp.ui.settings_dialog import HIDDEN, SettingsDialog, open_settings
from relapp.ui.theme import apply_theme, current_theme, is_dark


@pytest.fixture
def hub() -> EventsHub:
    return EventsHub()


@pytest.fixture
def dialog(qtbot, db, hub):
    dlg = SettingsDialog(hub)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    apply_theme(QApplication.instance(), "system")


def _widget(dlg: SettingsDialog, key: str) -> QWidget:
    return dlg.fields[key].widget


def _set_line(qtbot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    qtbot.keyClicks(line, text)


def _ok(qtbot, dlg: SettingsDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_changed_settings_persist_across_a_restart(qtbot, dialog, db_path: Path) -> None:
    _set_line(qtbot, _widget(dialog, "delivery_time"), "7:30")
    _widget(dialog, "cadence.client").setValue(10)
    _widget(dialog, "start_minimized").setChecked(True)
    _widget(dialog, "close_to_tray").setChecked(False)
    _widget(dialog, "backup.keep_daily").setValue(12)
    theme = _widget(dialog, "theme")
    theme.setCurrentIndex(theme.findData("dark"))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()

    # "Restart": the database is closed and opened again from the same file.
    close_db()
    init_db(db_path)
    again = SettingsDialog(None)
    qtbot.addWidget(again)
    assert _widget(again, "delivery_time").text() == "07:30"  # normalised
    assert _widget(again, "cadence.client").value() == 10
    assert _widget(again, "start_minimized").isChecked()
    assert not _widget(again, "close_to_tray").isChecked()
    assert _widget(again, "backup.keep_daily").value() == 12
    assert _widget(again, "theme").currentData() == "dark"
    assert settings.get("delivery_time") == "07:30"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux")
def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot, dialog, tmp_path: Path, hub
) -> None:
    from relapp.desktop_integration import APP_ID

    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"  # conftest's XDG_CONFIG_HOME
    box = _widget(dialog, "start_at_login")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    assert not entry.exists()

    box.setChecked(True)
    with qtbot.waitSignal(hub.settings_changed, timeout=1000):
        assert dialog.apply()
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert "--minimized" in text and text.startswith("[Desktop Entry]")
    assert settings.get("start_at_login") is True

    box.setChecked(False)
    assert dialog.apply()
    assert not entry.exists()
    assert settings.get("start_at_login") is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux")
def test_checkbox_shows_whether_relapp_really_starts_at_login(qtbot, db, tmp_path: Path) -> None:
    from relapp.desktop_integration import set_autostart

    settings.set("start_at_login", False)
    set_autostart(True)  # turned on elsewhere (CLI, an older install)
    dlg = SettingsDialog(None)
    qtbot.addWidget(dlg)
    assert _widget(dlg, "start_at_login").isChecked()


@pytest.mark.parametrize("bad", ["25:00", "7.30", "noon", "", "12:60"])
def test_invalid_time_is_refused_in_the_dialog(qtbot, dialog, bad: str) -> None:
    _widget(dialog, "cadence.friend").setValue(7)  # a valid change in the same save
    dialog.tabs.setCurrentIndex(0)
    line = _widget(dialog, "delivery_time")
    _set_line(qtbot, line, bad) if bad else line.clear()
    _ok(qtbot, dialog)

    assert dialog.isVisible()  # still open, the user can correct it
    assert dialog.error.isVisible()
    assert "time of day" in dialog.error.text()
    assert line.text() == bad  # what was typed is kept
    assert dialog.tabs.currentWidget().isAncestorOf(line)  # the page with the field is shown
    assert settings.get("delivery_time") == "09:00"
    assert settings.get("cadence.friend") == 60  # nothing saved at all

    _set_line(qtbot, line, "06:45")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.get("delivery_time") == "06:45"
    assert settings.get("cadence.friend") == 7


def test_equal_quiet_hours_are_refused(qtbot, dialog) -> None:
    _set_line(qtbot, _widget(dialog, "quiet_hours_start"), "22:00")
    _set_line(qtbot, _widget(dialog, "quiet_hours_end"), "22:00")
    assert not dialog.apply()
    assert "different times" in dialog.error.text()
    assert settings.get("quiet_hours_start") == "21:00"


def test_cadence_change_moves_stored_due_dates(qtbot, dialog, hub) -> None:
    from relapp.services import contacts, interactions

    clock.set_now(dt.datetime(2026, 3, 1, 10, 0))
    cid = contacts.create_contact(first_name="Grace", last_name="Hopper", relationship="client")
    interactions.log_interaction(contact_ids=[cid], kind="call", when=dt.datetime(2026, 3, 1, 9, 0))
    assert contacts.get_contact(cid).checkin_due == dt.date(2026, 3, 31)  # 30-day client default

    _widget(dialog, "cadence.client").setValue(10)
    with qtbot.waitSignals([hub.settings_changed, hub.contacts_changed], timeout=1000):
        assert dialog.apply()
    assert contacts.get_contact(cid).checkin_due == dt.date(2026, 3, 11)


def test_no_signal_when_nothing_changed(qtbot, dialog, hub) -> None:
    with qtbot.assertNotEmitted(hub.settings_changed):
        assert dialog.apply()


def test_theme_is_previewed_live_and_restored_on_cancel(qtbot, dialog) -> None:
    assert current_theme() == "system" and not is_dark()
    combo = _widget(dialog, "theme")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("dark"))
    assert current_theme() == "dark" and is_dark()
    dialog.reject()
    assert current_theme() == "system" and not is_dark()
    assert settings.get("theme") == "system"


def test_data_page_shows_the_database_and_opens_its_folder(
    qtbot, dialog, db_path, monkeypatch
) -> None:
    opened = []
    monkeypatch.setattr(
        settings_dialog, "open_url", lambda url: opened.append(url.toLocalFile()) or True
    )
    assert dialog.path_fields["database"].text() == str(db_path)
    assert dialog.path_fields["database"].isReadOnly()
    qtbot.mouseClick(dialog.open_buttons["database"], Qt.MouseButton.LeftButton)
    assert opened == [str(db_path.parent)]


def test_open_folder_failure_is_shown(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(settings_dialog, "open_url", lambda url: False)
    dialog.open_buttons["backups"].click()
    assert dialog.error.isVisible() and "Could not open" in dialog.error.text()


def test_restore_defaults_then_ok_saves_defaults(qtbot, db, hub) -> None:
    settings.set("cadence.mentor", 5)
    settings.set("delivery_time", "18:00")
    dlg = SettingsDialog(hub)
    qtbot.addWidget(dlg)
    assert _widget(dlg, "cadence.mentor").value() == 5
    dlg.restore_defaults()
    assert _widget(dlg, "delivery_time").text() == "09:00"
    assert dlg.apply()
    assert settings.get("cadence.mentor") == 30 and settings.get("delivery_time") == "09:00"


def test_every_user_setting_has_a_labelled_editor(qtbot, dialog) -> None:
    for key in settings.SPECS:
        if key in HIDDEN:
            assert key not in dialog.fields
            continue
        widget = _widget(dialog, key)
        assert widget.accessibleName(), key
        if isinstance(widget, QSpinBox):
            assert widget.minimum() <= settings.SPECS[key].default <= widget.maximum(), key


def test_menu_action_opens_one_dialog(qtbot, db, hub) -> None:
    window = QWidget()
    window.hub = hub  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    first = open_settings(window)
    assert first.isVisible() and first.hub is hub
    assert open_settings(window) is first
    first.reject()


def test_registry_declares_the_settings_action() -> None:
    from relapp.ui.registry import ACTIONS

    spec = next(a for a in ACTIONS if a.key == "settings")
    assert spec.menu == "Edit" and spec.shortcut == "Ctrl+,"
    assert spec.target == "relapp.ui.settings_dialog:open_settings"
