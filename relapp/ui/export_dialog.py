"""File > Export… (Ctrl+Shift+E): choose a file and a format, then write every contact.

Before writing into a folder that other users can read (POSIX group/other read bits), the dialog
asks for confirmation: the export holds personal data. Writing goes through
:func:`relapp.services.exporting.export_contacts` (temporary file, then replace).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from relapp.errors import UserError
from relapp.services import exporting
from relapp.ui.events import EventsHub

FORMATS = (
    ("csv", "relapp CSV (every field, re-imports without loss)", ".csv"),
    ("google", "Google Contacts CSV", ".csv"),
    ("vcard", "vCard 3.0 (.vcf)", ".vcf"),
    ("vcard4", "vCard 4.0 (.vcf)", ".vcf"),
    ("ics", "iCalendar: birthdays, anniversaries, follow-ups (.ics)", ".ics"),
)


class ExportDialog(QDialog):
    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Export Contacts"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        for key, text, _ in FORMATS:
            self.format.addItem(self.tr(text), key)
        self.path = QLineEdit(str(Path.home() / "relapp-contacts.csv"))
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.setAccessibleName(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        self.excel = QCheckBox(self.tr("For &Excel (UTF-8 with a byte-order mark)"))
        self.excel.setAccessibleName(self.tr("Write for Excel"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&File:"), row)
        form.addRow("", self.excel)
        form.addRow(self.status)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.result: exporting.ExportResult | None = None

    def _format_changed(self) -> None:
        key = str(self.format.currentData())
        ext = next(e for k, _, e in FORMATS if k == key)
        self.excel.setEnabled(key in ("csv", "google"))
        current = Path(self.path.text())
        if current.suffix.lower() != ext:
            self.path.setText(str(current.with_suffix(ext)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), self.path.text())
        if name:
            self.path.setText(name)

    def confirm_shared_folder(self, folder: Path) -> bool:
        return ask_to_write_into_shared_folder(self, folder)

    def export(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose a file to write."))
            return
        if exporting.folder_shared(path) and not self.confirm_shared_folder(path.parent):
            return
        try:
            self.result = exporting.export_contacts(
                path=path,
                format=str(self.format.currentData()),
                excel=self.excel.isEnabled() and self.excel.isChecked(),
            )
        except UserError as exc:
            self.status.setText(str(exc))
            return
        what = "events" if self.result.format == "ics" else "contacts"
        self.hub.status_message.emit(
            QApplication.translate("ExportDialog", "{n} {what} exported to {path}").format(
                n=self.result.count, what=what, path=path
            )
        )
        self.accept()


def open_export_dialog(window: Any) -> ExportDialog:
    """File > Export…"""
    dialog = ExportDialog(window.hub, window if isinstance(window, QWidget) else None)
    dialog.open()
    return dialog


def ask_to_write_into_shared_folder(parent: QWidget, folder: Path) -> bool:
    """Ask before an export lands where other users of the computer can read it."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Export into a shared folder?"),
        parent.tr(
            "Other users of this computer can read files in {folder}. The export holds names, "
            "emails, phone numbers and notes. Write it there anyway?"
        ).format(folder=folder),
    )
    return answer == QMessageBox.StandardButton.Yes


def may_write(parent: QWidget, path: Path) -> bool:
    """True when ``path``'s folder is private, or the user agreed to write into a shared one."""
    return not exporting.folder_shared(path) or ask_to_write_into_shared_folder(parent, path.parent)
