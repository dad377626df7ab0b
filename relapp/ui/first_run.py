"""What an empty database shows: a friendly welcome with the three ways to start (add a contact,
import a file, load demo data), never a blank window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from relapp.errors import UserError
from relapp.ui.events import EventsHub


class FirstRunPage(QWidget):
    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        title = QLabel(self.tr("Welcome to relapp"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Keep the relationships that matter to your work: log coffees, calls and meetings in a few "
                "keystrokes, keep your promises, check in regularly and never miss a birthday or a work "
                "anniversary.\n\nHow would you like to start?"
            )
        )
        text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add your first contact\u2026"))
        self.import_button = QPushButton(self.tr("Import contacts from a file\u2026"))
        self.demo_button = QPushButton(self.tr("Explore with demo data"))
        # A column of fixed width, centred: a word-wrapped label needs a known width to get
        # its full height (with only a maximum width it is squeezed and clipped).
        column = QWidget()
        column.setFixedWidth(min(520, max(360, self.fontMetrics().averageCharWidth() * 70)))
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(6)
        for b in (self.add_button, self.import_button, self.demo_button):
            b.setMinimumHeight(36)
            inner.addWidget(b)
        margins = inner.contentsMargins()
        text.setMinimumHeight(
            text.heightForWidth(column.width() - margins.left() - margins.right())
        )
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.add_button.clicked.connect(self._add)
        self.import_button.clicked.connect(self._import)
        self.demo_button.clicked.connect(self._demo)

    def _add(self) -> None:
        from relapp.ui.contact_dialog import ContactDialog

        ContactDialog.create(self.hub, self.window())

    def _import(self) -> None:
        window = self.window()
        trigger = getattr(window, "trigger_action", None)
        if trigger is None or not trigger("import"):
            QMessageBox.information(
                self, "relapp", self.tr("Import is not available in this build.")
            )

    def _demo(self) -> None:
        from relapp.services import demo  # its word lists are only needed here

        try:
            demo.populate(contacts=40)
        except UserError as exc:
            QMessageBox.warning(self, "relapp", str(exc))
            return
        self.hub.data_replaced.emit()
