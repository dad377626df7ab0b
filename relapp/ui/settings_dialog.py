"""The Settings dialog (Edit \u203a Settings\u2026, Ctrl+,), built from the declarations in
:mod:`relapp.services.settings`.

Each setting gets an editor chosen by its type and a page (see :mod:`relapp.ui.settings_fields`;
a setting declared later by someone else lands on the "More" page without touching this file).
OK/Apply validate everything first: a refused value is named under the pages and its field is
focused, the dialog stays open and nothing is saved. Saving turns start at
login on or off (:func:`relapp.desktop_integration.set_autostart`), stores the values that changed
(stored check-in due dates follow a cadence change), applies the theme and tells the hub. The theme
is previewed live while chosen and put back on Cancel. The Data page shows where the database,
backups and logs live, each with an "Open folder" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relapp.errors import UserError, ValidationError
from relapp.services import preferences, settings
from relapp.ui.settings_fields import HIDDEN, MORE_PAGE, PAGES, Field, page_keys, row_label
from relapp.ui.theme import apply_theme, current_theme, status_color

__all__ = ["HIDDEN", "PAGES", "SettingsDialog", "open_settings"]

# Opening a folder goes through this (tests replace it instead of starting a file manager).
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def _autostart_enabled() -> bool | None:
    """Whether relapp starts at login now (None when that cannot be told)."""
    try:
        from relapp.desktop_integration import autostart_enabled
    except ImportError:
        return None
    try:
        return bool(autostart_enabled())
    except (OSError, UserError):
        return None


def _set_autostart(enabled: bool) -> None:
    from relapp.desktop_integration import set_autostart

    set_autostart(enabled)


class SettingsDialog(QDialog):
    """Edit every user setting; OK saves (after checking all), Cancel leaves them as they were."""

    def __init__(self, hub: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.fields: dict[str, Field] = {}
        self._theme_at_open = current_theme()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        placed = page_keys()
        titles = {key: self.tr(title) for key, title, _ in PAGES} | {MORE_PAGE: self.tr("More")}
        for page, keys in placed.items():
            if keys or page == "data":
                self.tabs.addTab(self._page(page, keys), titles[page])

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Settings error"))
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.load()
        theme = self.fields.get("theme")
        if theme is not None and isinstance(theme.widget, QComboBox):
            theme.widget.currentIndexChanged.connect(self._preview_theme)
        quiet = self.fields.get("quiet_hours_enabled")
        if quiet is not None and isinstance(quiet.widget, QCheckBox):
            quiet.widget.toggled.connect(self._quiet_toggled)
            self._quiet_toggled(quiet.widget.isChecked())
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # -- building -----------------------------------------------------------------------------
    def _page(self, page: str, keys: list[str]) -> QWidget:
        inner = QWidget()
        outer = QVBoxLayout(inner)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if page == "checkins":
            hint = QLabel(
                self.tr(
                    "How often to check in, by relationship, for contacts without a cadence of their "
                    "own or from a tag. Changing it moves the due dates of those contacts."
                )
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        if page == "data":
            self._data_rows(form)
        for key in keys:
            field = Field(key, inner)
            self.fields[key] = field
            if isinstance(field.widget, QCheckBox):
                form.addRow(field.widget)
            else:
                label = QLabel(row_label(key), inner)
                label.setBuddy(field.widget)
                form.addRow(label, field.widget)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"page:{page}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _data_rows(self, form: QFormLayout) -> None:
        from relapp.logging_setup import current_log_file
        from relapp.paths import backup_dir, log_dir
        from relapp.store.db import db_path

        database = db_path()
        log_file = current_log_file()
        rows = [
            (
                "database",
                self.tr("Database"),
                database,
                self.tr("Open the folder that holds the database"),
            ),
            (
                "backups",
                self.tr("Backups"),
                backup_dir(database) if database else None,
                self.tr("Open the backups folder"),
            ),
            (
                "logs",
                self.tr("Logs"),
                log_file.parent if log_file else log_dir(),
                self.tr("Open the log folder"),
            ),
        ]
        self.path_fields: dict[str, QLineEdit] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        for key, title, path, tip in rows:
            line = QLineEdit(str(path) if path else self.tr("No database open"), self)
            line.setReadOnly(True)
            line.setObjectName(f"path:{key}")
            line.setAccessibleName(self.tr("%1 location").replace("%1", title))
            line.setCursorPosition(0)
            button = QPushButton(self.tr("Open folder"), self)
            button.setObjectName(f"open:{key}")
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            folder = (path.parent if key == "database" else path) if path else None
            button.setEnabled(folder is not None)
            button.clicked.connect(lambda _=False, f=folder: self.open_folder(f))
            row = QHBoxLayout()
            row.addWidget(line, 1)
            row.addWidget(button)
            label = QLabel(title, self)
            label.setBuddy(line)
            form.addRow(label, row)
            self.path_fields[key] = line
            self.open_buttons[key] = button

    # -- values -------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored values (and whether start at login is really on)."""
        for key, field in self.fields.items():
            field.set_value(settings.get(key))
        actual = _autostart_enabled()
        if actual is not None and "start_at_login" in self.fields:
            self.fields["start_at_login"].set_value(actual)

    def values(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self.fields.items()}

    def restore_defaults(self) -> None:
        """Put every editor back to its declared default (saved only with OK or Apply)."""
        for key, field in self.fields.items():
            field.set_value(settings.SPECS[key].default)
        self._clear_error()

    # -- saving -------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Check and save everything; on a refused value show why and return False."""
        self._clear_error()
        try:
            clean = preferences.validate_settings(values=self.values())
        except ValidationError as exc:
            self._show_error(str(exc), exc.field)
            return False
        autostart_changed = False
        if "start_at_login" in clean:
            wanted = bool(clean["start_at_login"])
            if wanted != _autostart_enabled():
                try:
                    _set_autostart(wanted)
                except (UserError, ImportError, OSError) as exc:
                    self._show_error(str(exc), "start_at_login")
                    return False
                autostart_changed = True
        try:
            result = preferences.save_settings(values=clean)
        except UserError as exc:
            if autostart_changed:
                _set_autostart(not clean["start_at_login"])
            self._show_error(str(exc), getattr(exc, "field", None))
            return False
        for key, field in self.fields.items():
            field.set_value(clean[key])
        if "theme" in clean:
            if current_theme() != clean["theme"]:
                apply_theme(QApplication.instance(), clean["theme"])  # type: ignore[arg-type]
            self._theme_at_open = clean["theme"]
        if self.hub is not None and (result.changed or autostart_changed):
            self.hub.settings_changed.emit()
            if result.cadences_changed:
                self.hub.contacts_changed.emit()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def reject(self) -> None:
        if current_theme() != self._theme_at_open:
            apply_theme(QApplication.instance(), self._theme_at_open)  # type: ignore[arg-type]
        super().reject()

    def _show_error(self, message: str, field: str | None) -> None:
        message = message[:1].upper() + message[1:]
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        color = status_color("overdue", self.palette())
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.error.setPalette(palette)
        self.error.show()
        target = self.fields.get(field or "")
        if target is not None:
            page = target.widget.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            target.widget.setFocus()
            if isinstance(target.widget, QLineEdit):
                target.widget.selectAll()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    # -- live behaviour -----------------------------------------------------------------------
    def _preview_theme(self, _index: int) -> None:
        field = self.fields["theme"]
        apply_theme(QApplication.instance(), field.value())  # type: ignore[arg-type]

    def _quiet_toggled(self, enabled: bool) -> None:
        for key in ("quiet_hours_start", "quiet_hours_end"):
            if key in self.fields:
                self.fields[key].widget.setEnabled(enabled)

    def open_folder(self, folder: Path | None) -> None:
        if folder is None:
            return
        if not open_url(QUrl.fromLocalFile(str(folder))):
            self._show_error(self.tr("Could not open %1").replace("%1", str(folder)), None)


def open_settings(window: Any) -> SettingsDialog:
    """The menu action: show the Settings dialog (window-modal), or raise the one already open."""
    for child in window.findChildren(SettingsDialog):
        if child.isVisible():
            child.raise_()
            child.activateWindow()
            return child
    dialog = SettingsDialog(getattr(window, "hub", None), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
