"""Every contact and interaction text field, fuzzed through the services: control characters,
NUL, lone surrogates, odd Unicode, huge strings. Each value is either stored faithfully (read back
as the documented cleaning makes it) or refused with a clear ValidationError; nothing else may be
raised, and a refused value leaves the database untouched."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from relapp.errors import ValidationError
from relapp.services import contacts, interactions
from relapp.services.contacts import MAX_FIELD, TEXT_FIELDS
from relapp.store.models import Contact, Interaction
from tests.fuzzing import fuzz_settings, nasty_text

NAME_FIELDS = ("first_name", "last_name", "nickname")


def contact_clean(value: str) -> str:
    """What contacts promise to store: control characters but newline and tab dropped, stripped."""
    return "".join(ch for ch in value if ch in "\n\t" or ord(ch) >= 32).strip()


def counts() -> tuple[int, int]:
    return Contact.select().count(), Interaction.select().count()


@fuzz_settings(scale=2)
@given(field=st.sampled_from(TEXT_FIELDS), value=nasty_text)
@example(field="notes", value="x" * MAX_FIELD)
@example(field="notes", value="x" * (MAX_FIELD + 1))
@example(field="company", value="\ud800 lone surrogate")
@example(field="first_name", value="\x00\x01\x02")
def test_contact_text_fields(db, field: str, value: str) -> None:
    before = counts()
    fields = {field: value} if field in NAME_FIELDS else {"first_name": "Fuzz", field: value}
    try:
        cid = contacts.create_contact(**fields)
    except ValidationError as exc:
        assert str(exc) and counts() == before
        return
    stored = getattr(contacts.get_contact(cid), field)
    assert stored == contact_clean(value)
    # and the same value through an edit
    try:
        contacts.update_contact(contact_id=cid, **{field: value + "!"})
    except ValidationError:
        return
    assert getattr(contacts.get_contact(cid), field) == contact_clean(value + "!")


@fuzz_settings(scale=1)
@given(value=nasty_text)
@example(value="\ud83d")
def test_contact_details_and_tags(db, value: str) -> None:
    before = counts()
    try:
        cid = contacts.create_contact(
            first_name="Fuzz", phones=[value], links=[value], tags=[value[:200]]
        )
    except ValidationError as exc:
        assert str(exc) and counts() == before
        return
    info = contacts.get_contact(cid)
    cleaned = contact_clean(value)
    assert info.phones == ([cleaned] if cleaned else [])
    assert info.links == ([cleaned] if cleaned else [])


@fuzz_settings(scale=2)
@given(summary=nasty_text, notes=nasty_text, follow_up=nasty_text)
@example(summary="s", notes="n" * (MAX_FIELD + 1), follow_up="f")
@example(summary="\x00", notes="\ud800", follow_up="ok")
def test_interaction_text_fields(db, summary: str, notes: str, follow_up: str) -> None:
    cid = Contact.select(Contact.id).limit(1).scalar() or contacts.create_contact(first_name="Fuzz")
    before = counts()
    try:
        iid = interactions.log_interaction(
            contact_ids=[cid],
            kind="call",
            summary=summary,
            notes=notes,
            follow_ups=[interactions.FollowUpInput(follow_up)],
        )
    except ValidationError as exc:
        assert str(exc) and counts() == before
        return
    item = next(i for i in interactions.timeline(cid) if i.id == iid)
    assert item.summary == summary.strip() and item.notes == notes.strip()
    assert [f.text for f in item.follow_ups] == [follow_up.strip()]
