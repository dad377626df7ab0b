"""The recovery dialog: what is wrong with the database file, and three ways on (restore the newest
good backup, open another file, quit). Shown by :func:`relapp.ui.recovery.ensure_openable`, and
imported only when a file fails the start-up check."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relapp.store.integrity import IntegrityReport

if TYPE_CHECKING:
    from relapp.services import backups


class Choice(enum.Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """What is wrong with the database file, and three ways on. ``choice`` holds the answer."""

    def __init__(
        self,
        report: IntegrityReport,
        backup: backups.BackupInfo | None,
        parent: QWidget | None = None,
        *,
        error: str = "",
    ) -> None:
        super().__init__(parent)
        self.report, self.backup = report, backup
        self.choice = Choice.QUIT
        self.setWindowTitle(self.tr("relapp cannot open your data"))
        self.setAccessibleName(self.tr("Database recovery"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your relapp data file cannot be used as it is"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = [
            report.problem,
            self.tr("The file has not been changed and will not be overwritten."),
        ]
        if backup is not None:
            text.append(
                self.tr("The newest good backup is from {when} ({size}).").format(
                    when=f"{backup.created:%Y-%m-%d %H:%M}", size=_size(backup.size)
                )
            )
        else:
            text.append(self.tr("No usable backup was found beside it."))
        if error:
            text.append(self.tr("The last attempt failed: {error}").format(error=error))
        self.message.setText("\n\n".join(text))
        layout.addWidget(self.message)

        if report.detail:
            self.details = QPlainTextEdit(report.detail, self)
            self.details.setReadOnly(True)
            self.details.setMaximumHeight(90)
            self.details.setAccessibleName(self.tr("Technical details"))
            layout.addWidget(self.details)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore newest good backup"), self)
        self.restore_button.setEnabled(backup is not None and not report.path.is_dir())
        self.open_button = QPushButton(self.tr("&Open another file\u2026"), self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        for button, choice in (
            (self.restore_button, Choice.RESTORE),
            (self.open_button, Choice.OPEN_OTHER),
            (self.quit_button, Choice.QUIT),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        (self.restore_button if self.restore_button.isEnabled() else self.open_button).setDefault(
            True
        )

    def choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()

    def run(self) -> Choice:
        self.exec()
        return self.choice


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def ask_for_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "Open a relapp database",
        "",
        "relapp databases (*.sqlite3 *.sqlite *.db);;All files (*)",
    )
    return Path(name) if name else None
