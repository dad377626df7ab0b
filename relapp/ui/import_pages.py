"""The pages of the Import wizard and the worker thread that runs a dry run or an import.

:class:`ImportWorker` calls :func:`relapp.services.importing.import_file` off the GUI thread (with
its own database connection, closed at the end) and reports progress; ``cancel()`` makes the
service raise ImportCancelled, which rolls the one transaction back. The pages only read the
wizard's state and call services; :mod:`relapp.ui.import_wizard` assembles them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from relapp.errors import UserError
from relapp.services import importing
from relapp.ui.import_models import MappingModel, TargetDelegate

if TYPE_CHECKING:
    from relapp.ui.import_wizard import ImportWizard

FORMAT_NAMES = {
    "auto": "Detect automatically",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "linkedin": "LinkedIn Connections.csv",
    "thunderbird": "Thunderbird CSV",
    "csv": "Other CSV (choose the columns)",
    "relapp": "relapp CSV",
    "vcard": "vCard (.vcf)",
}
MAPPED = ("google", "outlook", "linkedin", "thunderbird", "csv")


class ImportWorker(QThread):
    """Runs one dry run or import off the GUI thread; ``cancel()`` rolls it back."""

    progressed = Signal(int)
    succeeded = Signal(object)  # ImportResult
    failed = Signal(str, bool)  # message, cancelled

    def __init__(self, kwargs: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kwargs = kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from relapp.store.db import database

        try:
            result = importing.import_file(
                **self.kwargs, progress=self.progressed.emit, should_cancel=self._cancel.is_set
            )
        except importing.ImportCancelled as exc:
            self.failed.emit(str(exc), True)
        except UserError as exc:
            self.failed.emit(str(exc), False)
        except Exception as exc:  # a crash: the transaction rolled back; say so
            self.failed.emit(
                f"the import failed ({type(exc).__name__}: {exc}); nothing was imported", False
            )
        else:
            self.succeeded.emit(result)
        finally:
            if database.obj is not None:
                database.obj.close()  # this thread's connection only


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV export (Google Contacts, Outlook, LinkedIn, Thunderbird, any spreadsheet) or a vCard file."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.setAccessibleName(self.tr("Browse for a file"))
        browse.clicked.connect(self._browse)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        for key, text in FORMAT_NAMES.items():
            self.format.addItem(self.tr(text), key)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the file"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&File:"), buddy=self.path))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("F&ormat:"), buddy=self.format))
        layout.addWidget(self.format)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.w.load(self.path.text().strip(), str(self.format.currentData()))
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Columns and preview"))
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.mapping_label = QLabel(self.tr("What each &column becomes (double-click to change):"))
        self.mapping_view = _table(wizard.mapping_model, self.tr("Column mapping"))
        self.mapping_view.setItemDelegateForColumn(
            MappingModel.TARGET, TargetDelegate(self.mapping_view)
        )
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_label.setBuddy(self.mapping_view)
        self.preview_view = _table(wizard.preview_model, self.tr("Preview of the first rows"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping_view, 2)
        layout.addWidget(QLabel(self.tr("&Preview:"), buddy=self.preview_view))
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.problems)
        wizard.mapping_model.mapping_edited.connect(self._remap)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.show_preview()

    def show_preview(self) -> None:
        p = self.w.preview
        if p is None:
            return
        delim = {",": "commas", ";": "semicolons", "\t": "tabs"}.get(p.delimiter, "")
        text = self.tr("Detected: {fmt} \u2014 {enc}").format(
            fmt=self.tr(FORMAT_NAMES.get(p.format, p.format)), enc=p.encoding
        )
        if delim:
            text += self.tr(", separated by {d}").format(d=self.tr(delim))
        self.detected.setText(text)
        mapped = p.format in MAPPED
        self.mapping_label.setVisible(mapped)
        self.mapping_view.setVisible(mapped)
        for view in (self.mapping_view, self.preview_view):
            view.resizeColumnsToContents()
            for col in range(view.model().columnCount()):
                view.setColumnWidth(col, min(view.columnWidth(col), 240))
        bad = sum(1 for _, fatal, _w in p.problems if fatal)
        warn = sum(1 for _, fatal, w in p.problems if w and not fatal)
        shown = len(p.records)
        self.problems.setText(
            self.tr("First {n} rows: {bad} cannot be imported, {warn} with warnings.").format(
                n=shown, bad=bad, warn=warn
            )
            if bad or warn
            else self.tr("First {n} rows: no problems found.").format(n=shown)
        )

    def _remap(self) -> None:
        try:
            self.w.load(
                self.w.path,
                self.w.format,
                mapping=self.w.mapping_model.mapping(),
                keep_mapping=True,
            )
        except UserError as exc:
            self.problems.setText(str(exc))
            return
        self.show_preview()


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(
            self.tr(
                "A row matches a contact with the same email, else the same phone, else the same name."
            )
        )
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for key, text in (
            ("merge", "&Merge into the existing contact"),
            ("skip", "S&kip the row"),
            ("create", "Create a new contact &anyway"),
        ):
            radio = QRadioButton(self.tr(text))
            radio.setAccessibleName(self.tr(text).replace("&", ""))
            self.group.addButton(radio)
            self.radios[key] = radio
            row.addWidget(radio)
            radio.toggled.connect(self._changed)
        self.radios["merge"].setChecked(True)
        self.skip_bad = QCheckBox(
            self.tr("Import the other rows when some rows cannot be imported")
        )
        self.skip_bad.setAccessibleName(self.tr("Skip bad rows"))
        self.skip_bad.toggled.connect(self._changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Checking the file"))
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.view = _table(wizard.plan_model, self.tr("Matches and problems"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.plan: importing.ImportResult | None = None
        self.worker: ImportWorker | None = None

    def on_duplicate(self) -> str:
        return next(k for k, r in self.radios.items() if r.isChecked())

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._run_plan()

    def _changed(self) -> None:
        if self.w.currentPage() is self:
            self._run_plan()

    def _run_plan(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        self.plan = None
        self.completeChanged.emit()
        self.busy.show()
        self.summary.setText(self.tr("Checking every row\u2026"))
        self.worker = ImportWorker({**self.w.import_args(), "dry_run": True}, self)
        self.worker.succeeded.connect(self._planned)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _planned(self, result: importing.ImportResult) -> None:
        self.busy.hide()
        self.plan = result
        self.w.plan_model.set_rows(result.outcomes)
        text = result.summary()
        if result.rejected and not self.skip_bad.isChecked():
            text += self.tr(
                "\nSome rows cannot be imported: tick the box above to import the others, "
                "or nothing will be imported."
            )
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, message: str, cancelled: bool) -> None:
        self.busy.hide()
        if not cancelled:
            self.summary.setText(message)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.plan is not None

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel = QPushButton(self.tr("&Cancel Import"))
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.undo = QPushButton(self.tr("&Undo This Import"))
        self.undo.setAccessibleName(self.tr("Undo this import"))
        self.undo.hide()
        self.view = _table(wizard.result_model, self.tr("Rows merged, skipped or rejected"))
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.undo)
        self.cancel.clicked.connect(self.cancel_import)
        self.undo.clicked.connect(self._undo)
        self.worker: ImportWorker | None = None
        self.result: importing.ImportResult | None = None
        self.done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.w.duplicates.plan
        self.progress.setRange(0, max(1, plan.rows if plan else 0))
        self.progress.setValue(0)
        self.done = False
        self.cancel.setEnabled(True)
        self.worker = ImportWorker(self.w.import_args(), self)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.succeeded.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.summary.setText(self.tr("Importing\u2026"))
        self.worker.start()

    def cancel_import(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.summary.setText(self.tr("Cancelling\u2026"))
            self.worker.cancel()

    def _finished(self, result: importing.ImportResult) -> None:
        self.result = result
        self.done = True
        self.cancel.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.w.result_model.set_rows(result.outcomes)
        self.summary.setText(self.tr("Done. {s}.").format(s=result.summary()))
        self.undo.setVisible(result.batch_id is not None)
        self.w.emit_changed()
        self.setTitle(self.tr("Import finished"))
        self.completeChanged.emit()

    def _failed(self, message: str, cancelled: bool) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.summary.setText(self.tr("Cancelled: nothing was imported.") if cancelled else message)
        self.setTitle(self.tr("Import cancelled") if cancelled else self.tr("Nothing was imported"))
        self.completeChanged.emit()

    def _undo(self) -> None:
        if self.result is None or self.result.batch_id is None:
            return
        try:
            undone = importing.undo_import(batch_id=self.result.batch_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Undo import"), str(exc))
            return
        self.undo.hide()
        self.summary.setText(
            self.tr("Import undone: {d} contacts removed, {r} put back as they were.").format(
                d=undone.deleted, r=undone.restored
            )
        )
        self.w.emit_changed(replaced=True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.done
