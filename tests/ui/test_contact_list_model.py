"""The lazy contact list model: a progressive first load that shows the right count at once and
the same order as a full read; search narrows a cached order."""

from __future__ import annotations

import datetime as dt

from relapp.services import contact_list, demo
from relapp.services.contact_list import ContactFilter
from relapp.ui.contact_list_model import FIRST_LOAD, ContactListModel


def test_progressive_first_load_matches_a_full_read(qtbot, db) -> None:
    demo.populate(contacts=FIRST_LOAD + 150, interactions_per_contact=0, today=dt.date(2026, 3, 2))
    full = contact_list.ordered_ids(ContactFilter())
    model = ContactListModel()
    model.reload()
    assert model.rowCount() == len(full)  # the count before the whole order is read
    assert model.contact_id(0) == full[0]
    last = model.index(len(full) - 1, 0).data()  # past the prefix: the rest is read on demand
    assert last == contact_list.rows([full[-1]])[full[-1]].name
    assert [model.contact_id(r) for r in range(len(full))] == full


def test_search_narrows_and_clears(qtbot, db) -> None:
    demo.populate(contacts=60, interactions_per_contact=0, today=dt.date(2026, 3, 2))
    model = ContactListModel()
    model.reload()
    everyone = model.rowCount()
    model.set_filter(ContactFilter(text="northwind"))
    narrowed = [model.contact_id(r) for r in range(model.rowCount())]
    assert 0 < len(narrowed) < everyone
    assert narrowed == contact_list.ordered_ids(ContactFilter(text="northwind"))
    model.set_filter(ContactFilter())
    assert model.rowCount() == everyone
