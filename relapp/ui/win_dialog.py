"""The "Record a Win" dialog: what a contact achieved and when, saved as a one-off achievement
milestone (:func:`relapp.services.calendar.record_win`) so the next check-in can mention it. Opened
by the Contact menu's "Record a Win" action (:func:`relapp.ui.milestones_editor.record_win`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import calendar as cal_service


def error_label(parent: QWidget) -> QLabel:
    """The bold line a dialog shows its validation message in (hidden until needed)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(parent.tr("Error"))
    label.setStyleSheet("font-weight: bold")
    label.hide()
    return label


class WinDialog(QDialog):
    """The "Record a Win" dialog: what they achieved and when; saved as a one-off achievement."""

    announced = Signal(str)  # the status-bar message, once saved

    def __init__(
        self, *, contact_id: int, contact_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.saved_id: int | None = None
        self.saved_message = ""
        self.setWindowTitle(self.tr("Record a Win"))
        intro = self.tr(
            "Celebrate small wins: note what %1 achieved, so the next check-in can mention it."
        )
        heading = QLabel(intro.replace("%1", contact_name or self.tr("they")), self)
        heading.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. Gave the keynote at PyCon"))
        self.text.setAccessibleName(self.tr("What they achieved"))
        self.date = QDateEdit(QDate(clock.today()), self)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date of the win"))
        form = QFormLayout()
        form.addRow(self.tr("&Win:"), self.text)
        form.addRow(self.tr("&Date:"), self.date)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        try:
            self.saved_id = cal_service.record_win(
                contact_id=self.contact_id, text=self.text.text(), date=day
            )
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.text.setFocus()
            return
        super().accept()

    def announce(self) -> None:
        if self.saved_message:
            self.announced.emit(self.saved_message)
