"""The Import wizard (File > Import…, Ctrl+I) and File > Undo Last Import.

Pages: choose a file (format detected, overridable) -> the column mapping (editable) and a preview
of the first rows with problems marked per row -> duplicate handling (merge, skip or create; a dry
run lists every match) -> the import itself, with a progress bar and Cancel, then a summary and
"Undo this import". The dry run and the import run in an :class:`ImportWorker` thread (its own
database connection; one transaction, so Cancel rolls everything back); the wizard only calls
:mod:`relapp.services.importing` and emits the hub's signals after data changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
    QWizard,
)

from relapp.errors import UserError
from relapp.services import importing
from relapp.ui.events import EventsHub
from relapp.ui.import_models import MappingModel, OutcomeModel, PreviewModel
from relapp.ui.import_pages import DuplicatesPage, FilePage, MappingPage, RunPage


class ImportWizard(QWizard):
    """The wizard; ``hub`` receives the change signals after an import or an undo."""

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(820, 600)
        self.path = ""
        self.format = "auto"
        self.mapping: dict[str, str] | None = None
        self.preview: importing.Preview | None = None
        self.mapping_model = MappingModel(self)
        self.preview_model = PreviewModel(self)
        self.plan_model = OutcomeModel(self)
        self.result_model = OutcomeModel(self)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.duplicates = DuplicatesPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.duplicates, self.run_page):
            self.addPage(page)

    def load(
        self,
        path: str,
        fmt: str,
        *,
        mapping: dict[str, str] | None = None,
        keep_mapping: bool = False,
    ) -> None:
        """Read the start of ``path`` (raises UserError when it cannot be imported)."""
        preview = importing.preview(path=path, format=fmt, mapping=mapping)
        self.path, self.preview = path, preview
        self.format = preview.format if fmt == "auto" else fmt
        self.mapping = mapping
        if not keep_mapping:
            self.mapping_model.set_rows(preview.header, preview.mapping, preview.examples)
        self.preview_model.set_rows(preview.problems)

    def import_args(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "mapping": self.mapping,
            "on_duplicate": self.duplicates.on_duplicate(),
            "skip_bad_rows": self.duplicates.skip_bad.isChecked(),
        }

    def emit_changed(self, *, replaced: bool = False) -> None:
        self.hub.contacts_changed.emit()
        self.hub.interactions_changed.emit()
        self.hub.milestones_changed.emit()
        if replaced:
            self.hub.data_replaced.emit()

    def reject(self) -> None:
        """Cancel/Escape while importing cancels the import (rolled back) before closing."""
        for worker in (self.duplicates.worker, self.run_page.worker):
            if worker is not None and worker.isRunning():
                worker.cancel()
                worker.wait()
        super().reject()


def open_import_wizard(window: Any) -> ImportWizard:
    """File > Import…: show the wizard (modal to the window)."""
    wizard = ImportWizard(window.hub, window if isinstance(window, QWidget) else None)
    wizard.open()
    return wizard


def _tr(text: str) -> str:
    return QApplication.translate("ImportWizard", text)


def undo_last_import(window: Any) -> None:
    """File > Undo Last Import: after a confirmation, undo the most recent import in one step."""
    parent = window if isinstance(window, QWidget) else None
    title = _tr("Undo Last Import")
    batch = importing.last_batch_id()
    if batch is None:
        QMessageBox.information(parent, title, _tr("There is no import to undo."))
        return
    answer = QMessageBox.question(
        parent,
        title,
        _tr(
            "Remove the contacts the last import created and put merged contacts back as they were?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        undone = importing.undo_import(batch_id=batch)
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return
    for signal in (
        window.hub.contacts_changed,
        window.hub.interactions_changed,
        window.hub.milestones_changed,
        window.hub.data_replaced,
    ):
        signal.emit()
    window.hub.status_message.emit(
        _tr("Import undone: {d} contacts removed, {r} put back").format(
            d=undone.deleted, r=undone.restored
        )
    )
