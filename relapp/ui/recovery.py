"""Start-up recovery: a damaged or unreadable database is explained, never overwritten.

:func:`ensure_openable` runs before ``init_db``. It checks the file with the quick integrity check
(:func:`relapp.store.integrity.check_file`); a healthy or new file is returned as is. Otherwise a
:class:`RecoveryDialog` says what is wrong and offers: restore the newest good backup (the damaged
file is first renamed aside to ``NAME.damaged-<stamp>``, never deleted or written), open another
file, or quit. The choice is made by a ``pick`` function (the dialog's ``exec`` by default), so
tests drive the real dialog by clicking its buttons.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
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

from relapp.errors import UserError
from relapp.store.integrity import IntegrityReport, check_file, take_clean_exit_mark

if TYPE_CHECKING:
    from relapp.services import backups

log = logging.getLogger(__name__)


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


def _ask_for_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "Open a relapp database",
        "",
        "relapp databases (*.sqlite3 *.sqlite *.db);;All files (*)",
    )
    return Path(name) if name else None


SCAN_ALWAYS_BELOW = (
    64 * 1024 * 1024
)  # bytes; about 10,000 contacts, scanned in a fraction of a second


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def scan_at_start(path: Path) -> bool:
    """Whether the start-up check should scan every page before the window opens: after a crash
    or a kill, on first use, and whenever the file is small enough for it to be quick. A large
    file that relapp itself closed cleanly is scanned in the background instead. Uses up the
    clean-exit mark, so a session that crashes leaves none."""
    clean = take_clean_exit_mark(path)
    return not clean or _file_size(path) < SCAN_ALWAYS_BELOW


def ensure_openable(
    path: Path,
    parent: QWidget | None = None,
    *,
    pick: Callable[[RecoveryDialog], Choice] | None = None,
    pick_file: Callable[[QWidget | None], Path | None] | None = None,
    scan: bool = True,
) -> Path | None:
    """The database file to open: ``path`` if healthy (or new), a repaired ``path`` after a
    restore, another file the user chose, or None when the user quits."""
    path = Path(path)
    error = ""
    # ``scan=False`` (see :func:`scan_at_start`) checks the header and schema only; the page scan
    # then runs in the background once the window is up (relapp.ui.integrity_watch).
    while True:
        report = check_file(path, scan=scan)
        scan = True
        if report.ok:
            return path
        log.warning("database %s failed the start-up check (%s)", path, report.kind)
        from relapp.services import backups  # only a damaged file needs them

        good = backups.newest_good_backup(path)
        dialog = RecoveryDialog(report, good, parent, error=error)
        choice = pick(dialog) if pick is not None else dialog.run()
        dialog.deleteLater()
        error = ""
        if choice is Choice.RESTORE and good is not None:
            try:
                result = backups.restore(good.path, db_file=path, reopen=False)
            except UserError as exc:
                error = str(exc)
                continue
            log.info(
                "restored %s from a backup; the damaged file was kept at %s", path, result.previous
            )
            continue  # check the restored file like any other
        if choice is Choice.OPEN_OTHER:
            other = (pick_file or _ask_for_file)(parent)
            if other is not None:
                path = other
            continue
        return None
