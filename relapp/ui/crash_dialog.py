"""The dialog shown after an unexpected error: what happened, a copyable report, and reassurance.

It is shown with ``show()``, never ``exec()``: no nested event loop, and nothing else is closed or
reset, so every open window and dialog keeps what the user typed. It is application-modal so that
it can be read and closed even when a modal dialog (a contact being edited) is open: it stacks on
top, and closing it gives that dialog back as it was. Further errors while it is open are appended to the same report (with a count) rather than
opening a stack of dialogs. "Copy report" puts the whole text on the clipboard; "Open log folder"
shows the rotating log where the traceback was written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_SHOWN = 10
SEPARATOR = "\n\n" + "-" * 60 + "\n\n"


class CrashDialog(QDialog):
    """Shows one or more error reports; the app keeps running behind it."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("relapp \u2014 unexpected error"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._reports: list[str] = []
        self._count = 0

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Error report"))
        self.text.setMinimumSize(560, 260)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("Open &log folder"), self)
        self.log_button.setAccessibleName(self.tr("Open log folder"))
        self.log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.log_button.setEnabled(self._log_file() is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.add_report(report)
        self.copy_button.setFocus()

    def add_report(self, report: str) -> None:
        """Show ``report`` too; the same report again only counts (a paint error repeats at every
        repaint), and at most :data:`MAX_SHOWN` different ones are kept."""
        self._count += 1
        if not self._reports or self._reports[-1] != report:
            self._reports = [*self._reports, report][-MAX_SHOWN:]
            self.text.setPlainText(SEPARATOR.join(self._reports))
        count = self._count
        intro = self.tr(
            "Something went wrong inside relapp. It is still running and your data is safe: "
            "what you typed in other windows is kept. The details were written to the log; "
            "please copy the report below if you file a bug."
        )
        if count > 1:
            intro += " " + self.tr("%n errors so far.", "", count)
        self.summary.setText(intro)

    def report_text(self) -> str:
        return self.text.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    @staticmethod
    def _log_file():  # type: ignore[no-untyped-def]
        from relapp.logging_setup import current_log_file

        return current_log_file()

    def open_log_folder(self) -> None:
        path = self._log_file()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
