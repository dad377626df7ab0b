"""The Contacts view: the searchable, filterable contact list on the left and the selected
contact's profile and timeline on the right. An empty database shows the first-run page instead."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relapp.services import contact_list
from relapp.services.contact_list import ContactFilter
from relapp.store.models import RELATIONSHIPS
from relapp.ui.contact_list_model import COL_NAME, ContactListModel
from relapp.ui.events import EventsHub, connect_refresh
from relapp.ui.widgets import NoContactHint

if TYPE_CHECKING:
    from relapp.ui.contact_panel import ContactPanel
    from relapp.ui.first_run import FirstRunPage

SHOW_ACTIVE, SHOW_ARCHIVED, SHOW_LAST_IMPORT = range(3)


def _last_batch_id() -> int | None:
    try:
        importing = importlib.import_module("relapp.services.importing")
    except ModuleNotFoundError:
        return None
    return importing.last_batch_id()


class ContactsView(QWidget):
    selection_changed = Signal(object)  # contact id or None

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = ContactListModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, companies, emails, tags, notes\u2026  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.rel_filter = QComboBox()
        self.rel_filter.setAccessibleName(self.tr("Filter by relationship"))
        self.rel_filter.addItem(self.tr("All relationships"), None)
        for rel in RELATIONSHIPS:
            self.rel_filter.addItem(rel.capitalize(), rel)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Which contacts"))
        self.show_filter.addItem(self.tr("Active"), SHOW_ACTIVE)
        self.show_filter.addItem(self.tr("Archived"), SHOW_ARCHIVED)
        self.show_filter.addItem(self.tr("Last imported"), SHOW_LAST_IMPORT)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of contacts shown"))

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contact list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: enabling sorting then asks for the order the model already has.
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # Fixed widths (never ResizeToContents: that would read every row of a lazy model);
        # the company column takes the remaining space.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 95), (3, 100), (4, 120), (5, 80)):
            header.resizeSection(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.rel_filter, 1)
        filters.addWidget(self.show_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # The profile and timeline are built the first time a contact is shown; until then the
        # right side says what the panel itself says with no one selected.
        self._panel: ContactPanel | None = None
        self._no_panel = QWidget()
        hint_layout = QVBoxLayout(self._no_panel)
        hint_layout.setContentsMargins(8, 0, 0, 0)  # as the panel's own layout
        hint_layout.addWidget(NoContactHint(), 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._no_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)

        self._first_run: FirstRunPage | None = None  # built when the database is empty
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        # Typing coalesces into one query per event-loop turn (no artificial delay).
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._apply_timer.start)
        self.tag_filter.currentIndexChanged.connect(self._apply_timer.start)
        self.rel_filter.currentIndexChanged.connect(self._apply_timer.start)
        self.show_filter.currentIndexChanged.connect(self._apply_timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.search.returnPressed.connect(self.table.setFocus)

        connect_refresh(hub, self.refresh, "contacts_changed", "interactions_changed")
        hub.contact_requested.connect(self.select_contact)
        self.refresh()

    # --- data ------------------------------------------------------------------------------
    @property
    def panel(self) -> ContactPanel:
        """The selected contact's profile and timeline (built on first use)."""
        if self._panel is None:
            from relapp.ui.contact_panel import ContactPanel

            self._panel = ContactPanel(self.hub)
            self.splitter.replaceWidget(1, self._panel)
            self._no_panel.deleteLater()
        return self._panel

    @property
    def first_run(self) -> FirstRunPage:
        """The welcome page an empty database shows (built on first use)."""
        if self._first_run is None:
            from relapp.ui.first_run import FirstRunPage

            self._first_run = FirstRunPage(self.hub)
            self.stack.addWidget(self._first_run)
        return self._first_run

    def _reload_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in contact_list.tag_names_in_use():
            self.tag_filter.addItem(name, name)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)

    def current_filter(self) -> ContactFilter:
        show = self.show_filter.currentData()
        batch = _last_batch_id() if show == SHOW_LAST_IMPORT else None
        return ContactFilter(
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            relationship=self.rel_filter.currentData(),
            archived=show == SHOW_ARCHIVED,
            import_batch=batch if show == SHOW_LAST_IMPORT else None,
        )

    def apply_filter(self) -> None:
        f = self.current_filter()
        if self.show_filter.currentData() == SHOW_LAST_IMPORT and f.import_batch is None:
            f = ContactFilter(text=f.text, import_batch=-1)  # nothing imported yet: empty list
        selected = self.current_contact_id()
        self.model.set_filter(f)
        if selected is not None:
            self._select_row(self.model.row_of(selected), notify=False)

    def refresh(self) -> None:
        """The data changed: re-read tags, the list and the profile."""
        empty = contact_list.is_empty()
        self.stack.setCurrentWidget(self.first_run if empty else self.splitter)
        self._reload_tags()
        self.model.invalidate()
        self.apply_filter()
        if self._panel is not None:
            self._panel.refresh()

    def _after_reset(self) -> None:
        shown, f = self.model.rowCount(), self.model.current_filter
        if f.text and not (f.tag or f.relationship or f.import_batch is not None):
            total = self.model.base_count
        elif f.text or f.tag or f.relationship or f.import_batch is not None:
            total = contact_list.count(ContactFilter(archived=f.archived))
        if f.text or f.tag or f.relationship or f.import_batch is not None:
            self.count_label.setText(self.tr("{0:,} of {1:,} contacts").format(shown, total))
        else:
            self.count_label.setText(self.tr("{0:,} contacts").format(shown))

    # --- selection -------------------------------------------------------------------------
    def current_contact_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return self._panel.contact_id if self._panel is not None else None
        return self.model.contact_id(index.row())

    def _on_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        cid = self.model.contact_id(current.row()) if current.isValid() else None
        if cid is not None:
            self.panel.set_contact(cid)
        self.selection_changed.emit(cid)

    def _select_row(self, row: int, *, notify: bool = True) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        if not notify:
            self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(index, flags)
        if not notify:
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)

    def select_contact(self, contact_id: int) -> None:
        """Show ``contact_id``, clearing filters that would hide it."""
        if self.model.row_of(contact_id) < 0:
            from relapp.services import contacts

            info = contacts.get_contact(contact_id)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.tag_filter, self.rel_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.show_filter.blockSignals(True)
            self.show_filter.setCurrentIndex(SHOW_ARCHIVED if info.archived else SHOW_ACTIVE)
            self.show_filter.blockSignals(False)
            self.apply_filter()
        self._select_row(self.model.row_of(contact_id))
        self.panel.set_contact(contact_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- geometry --------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("contacts/splitter", self.splitter.saveState())
        settings.setValue("contacts/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("contacts/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([720, 560])
        header = settings.value("contacts/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
