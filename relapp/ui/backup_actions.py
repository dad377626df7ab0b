"""File menu actions "Back Up Now" and "Restore from Backup…", and the restore dialog.

The dialog lists the backups (when, kind, size) in a :class:`BackupTableModel`; the user picks one
(or another file), confirms, and :func:`relapp.services.backups.restore` keeps the current data as
a backup, writes the chosen one into place and reopens it; then ``hub.data_replaced`` tells every
view to re-query. Both steps take injectable functions so tests drive the real dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relapp.errors import UserError
from relapp.services import backups

log = logging.getLogger(__name__)

REASONS = {
    "daily": "Daily",
    "manual": "Backed up by you",
    "import": "Before an import",
    "pre-restore": "Before a restore",
    "pre-migration": "Before an upgrade",
}


def size_text(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / 1024 / 1024:.1f} MB"


class BackupTableModel(QAbstractTableModel):
    WHEN, KIND, SIZE = range(3)
    HEADERS = ("When", "Kind", "Size")

    def __init__(self, rows: list[backups.BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def set_rows(self, rows: list[backups.BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def backup(self, row: int) -> backups.BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHEN:
                return f"{b.created:%Y-%m-%d %H:%M}"
            if index.column() == self.KIND:
                return self.tr(REASONS.get(b.family, b.reason))
            return size_text(b.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """Pick a backup to restore (newest first), or another backup file."""

    def __init__(self, rows: list[backups.BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(520, 360)
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pick a backup to go back to. Your current data is kept as a backup first, "
                "so you can come back to it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupTableModel(rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._accept_selected())
        layout.addWidget(self.table)
        if not rows:
            layout.addWidget(
                QLabel(self.tr("No backups yet. Use File \u25b8 Back Up Now to make one."), self)
            )

        box = QDialogButtonBox(self)
        self.restore_button = box.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.file_button = QPushButton(self.tr("Choose &File\u2026"), self)
        box.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in box.buttons():
            button.setAccessibleName(button.text().replace("&", "").replace("\u2026", ""))
        self.restore_button.clicked.connect(self._accept_selected)
        self.file_button.clicked.connect(self._choose_file)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _accept_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        self.chosen = self.model.backup(selected[0].row()).path
        self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            "",
            self.tr("Backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def _run_dialog(dialog: RestoreDialog) -> Path | None:
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def _confirm(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        parent.tr("Restore from Backup"),
        parent.tr(
            "Replace your current data with the backup {name}?\n\n"
            "Your current data is kept as a backup first (listed as \u201cBefore a restore\u201d)."
        ).format(name=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _status(window: Any, text: str) -> None:
    window.hub.status_message.emit(text)


def back_up_now(window: Any) -> Path | None:
    """File > Back Up Now: a backup in the backups folder, reported in the status bar."""
    try:
        path = backups.back_up_now()
    except (UserError, OSError) as exc:
        QMessageBox.warning(window, window.tr("Back Up Now"), str(exc))
        return None
    _status(window, window.tr("Backed up to {path}").format(path=path))
    return path


def restore_from_backup(
    window: Any,
    *,
    run_dialog: Callable[[RestoreDialog], Path | None] = _run_dialog,
    confirm: Callable[[QWidget, Path], bool] = _confirm,
) -> backups.RestoreResult | None:
    """File > Restore from Backup…: pick, confirm, restore, refresh every view."""
    dialog = RestoreDialog(backups.list_backups(), window)
    try:
        path = run_dialog(dialog)
    finally:
        dialog.deleteLater()
    if path is None or not confirm(window, path):
        return None
    try:
        result = backups.restore(path)
    except UserError as exc:
        QMessageBox.warning(window, window.tr("Restore from Backup"), str(exc))
        return None
    window.hub.data_replaced.emit()
    _status(
        window,
        window.tr("Restored the backup from {name}; your previous data was kept").format(
            name=path.name
        ),
    )
    return result
