"""Small widgets shared by dialogs and views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from relapp.ui.theme import status_color


class ErrorLabel(QLabel):
    """A hidden-until-needed error line in a colour readable on the current (light or dark) theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Error message"))
        self._restyle()
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.show()

    def _restyle(self) -> None:
        color = status_color("overdue", QApplication.palette()).name()
        sheet = f"color: {color}; font-weight: bold;"
        if sheet != self.styleSheet():  # setting a style sheet sends PaletteChange again
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # Deferred: a theme switch sets the style before the palette, and both reach us first.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._restyle)
        super().changeEvent(event)


class NoContactHint(QLabel):
    """What the profile side says while no contact is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Select a contact to see their profile and timeline."))
        self.setWordWrap(True)
