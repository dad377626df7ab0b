"""The lazy contact list model: a progressive first load that shows the right count at once and
the same order as a full read; search narrows a cached order."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relapp.services import contact_list, demo
from relapp.services.contact_list import ContactFilter
from relapp.ui.contact_list_model import COL_DUE, FIRST_LOAD, ContactListModel


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


_TYPED = st.text(alphabet="amnorltihe ", min_size=1, max_size=9)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(_TYPED, min_size=1, max_size=4), sort_by_due=st.booleans())
def test_typing_on_narrows_to_exactly_what_a_fresh_search_finds(
    qtbot, db, words, sort_by_due
) -> None:
    """Each keystroke filters the rows already shown when it only extends the text; whatever is
    typed, deleted or retyped, the rows are those (and in the order) a fresh search gives."""
    if contact_list.total_contacts() == 0:
        demo.populate(contacts=80, interactions_per_contact=1, today=dt.date(2026, 3, 2))
    model = ContactListModel()
    model.reload()
    if sort_by_due:
        model.sort(COL_DUE)
    sort = "checkin_due" if sort_by_due else "name"
    for word in words:  # type each word letter by letter, then change its last letter
        changed = word[:-1] + ("e" if word[-1] != "e" else "a")
        for text in [word[:i] for i in range(1, len(word) + 1)] + [changed]:
            model.set_filter(ContactFilter(text=text))
            expected = contact_list.apply_text(
                contact_list.base_ids(ContactFilter(), sort=sort), contact_list.matching_ids(text)
            )
            assert [model.contact_id(r) for r in range(model.rowCount())] == expected, text
