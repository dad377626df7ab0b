"""A contact's field names, declared once for the store, the services and the file formats.

Pure data (no imports): the contact editor, the importers and exporters, the undo of an import
and the search index all agree on these names and this order.
"""

from __future__ import annotations

# Free-text profile fields: who they are to me and what to talk about, in display order.
PROFILE_TEXT_FIELDS: tuple[str, ...] = (
    "how_met",
    "location",
    "timezone",
    "works_on",
    "excited_about",
    "finds_hard",
    "preferences",
    "topics_next",
)

# Every free-text field of a contact.
CONTACT_TEXT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "nickname",
    "company",
    "title",
    *PROFILE_TEXT_FIELDS,
    "notes",
)
