"""The import's fast paths give exactly what the general functions give: phone keys (the
duplicate index) and the whole prepared row for any text, including control characters and
non-ASCII digits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from relapp.interchange.records import Detail, Record
from relapp.services.contacts import make_display_name, normalize_email, normalize_phone
from relapp.services.import_rows import _clean, _phone_key, prepare

PHONE_CHARS = st.sampled_from("0123456789 +-().x/\t\x00٣５") | st.characters()


@given(st.text(PHONE_CHARS, max_size=30))
def test_phone_key_is_normalize_phone(value: str) -> None:
    assert _phone_key(value) == normalize_phone(value)


TEXT = st.text(st.sampled_from("Aé z\n\t\x01 ") | st.characters(), max_size=12)


@given(TEXT, TEXT, TEXT, TEXT, st.lists(TEXT, max_size=3), st.lists(TEXT, max_size=3))
def test_prepared_texts_and_details_match_the_general_rules(
    first: str, last: str, nick: str, notes: str, emails: list[str], phones: list[str]
) -> None:
    rec = Record(
        first_name=first,
        last_name=last,
        nickname=nick,
        notes=notes,
        emails=[Detail(f"{e}@x.example") for e in emails],
        phones=[Detail(p, " work ") for p in phones],
    )
    try:
        p = prepare(rec)
    except Exception:  # no name and no valid email: nothing to compare
        return
    texts = {k: _clean(v, k) for k, v in (("first_name", first), ("last_name", last))}
    if make_display_name(texts["first_name"], texts["last_name"], _clean(nick, "nickname")):
        assert p.name == make_display_name(
            texts["first_name"], texts["last_name"], _clean(nick, "nickname")
        )
        assert (p.texts["first_name"], p.texts["last_name"]) == (
            texts["first_name"],
            texts["last_name"],
        )
    assert p.texts["nickname"] == _clean(nick, "nickname")
    assert p.texts["notes"] == _clean(notes, "notes")
    for kind, value, label, norm in p.details:
        assert value == value.strip() and value
        if kind == "email":
            assert norm == normalize_email(value)
        else:
            assert (norm, label) == (normalize_phone(value), "work")
