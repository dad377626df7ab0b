"""What each CSV dialect of contacts looks like: how to recognise its header and how its columns
map onto a :class:`~relapp.interchange.records.Record`.

A mapping is ``{column name: target}`` where a target is a key of
:data:`~relapp.interchange.records.TARGETS`, optionally with a fixed label (``"phone:mobile"``).
Google (current and older headers), Outlook, LinkedIn, Thunderbird and relapp's own columns are
recognised from the header; any other CSV gets a mapping guessed from common column names, which
the import wizard lets the user edit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from relapp.interchange.records import PROFILE_FIELDS


@dataclass(frozen=True)
class CsvStyle:
    """How a format writes values: the multi-value separator, tag separators, date order."""

    multi: str = " ::: "
    tag_separators: str = r"\s:::\s|;"
    date_order: str = "mdy"
    drop_tags: tuple[str, ...] = ()
    unneutralise: bool = False


STYLES: dict[str, CsvStyle] = {
    "google": CsvStyle(drop_tags=("myContacts", "starred")),
    "outlook": CsvStyle(multi=";", tag_separators=r";|,"),
    "linkedin": CsvStyle(date_order="dmy"),
    "thunderbird": CsvStyle(multi="\x00", tag_separators=r";|,"),
    "csv": CsvStyle(multi=" ::: ", tag_separators=r"\s:::\s|;|,"),
}

# relapp's own CSV: columns named after the fields.
RELAPP_COLUMNS = (
    "uid",
    "first_name",
    "last_name",
    "nickname",
    "company",
    "title",
    *PROFILE_FIELDS[:-2],
    "notes",
    "cadence_days",
    "archived",
    "emails",
    "email_labels",
    "phones",
    "phone_labels",
    "links",
    "link_labels",
    "tags",
    "birthday",
    "milestones",
)

_GOOGLE_NEW = re.compile(r"^(E-mail|Phone|Website|Relation|Address|Event) (\d+) - (Label|Value)$")
_GOOGLE_OLD = re.compile(
    r"^(E-mail|Phone|Website|Organization|Event) (\d+) - (Type|Value|Name|Title)$"
)

_GOOGLE_FIXED = {
    "First Name": "first_name",
    "Given Name": "first_name",
    "Middle Name": "middle_name",
    "Additional Name": "middle_name",
    "Last Name": "last_name",
    "Family Name": "last_name",
    "Name": "full_name",
    "Nickname": "nickname",
    "Organization Name": "company",
    "Organization Title": "title",
    "Birthday": "birthday",
    "Notes": "notes",
    "Labels": "tags",
    "Group Membership": "tags",
}

_OUTLOOK = {
    "First Name": "first_name",
    "Middle Name": "middle_name",
    "Last Name": "last_name",
    "Nickname": "nickname",
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Business Phone": "phone:work",
    "Business Phone 2": "phone:work",
    "Home Phone": "phone:home",
    "Home Phone 2": "phone:home",
    "Mobile Phone": "phone:mobile",
    "Other Phone": "phone:other",
    "Primary Phone": "phone",
    "Company": "company",
    "Job Title": "title",
    "Birthday": "birthday",
    "Anniversary": "anniversary",
    "Categories": "tags",
    "Web Page": "link",
    "Personal Web Page": "link:personal",
    "Notes": "notes",
    "Location": "location",
}

_LINKEDIN = {
    "First Name": "first_name",
    "Last Name": "last_name",
    "URL": "link:LinkedIn",
    "Email Address": "email",
    "Company": "company",
    "Position": "title",
    "Connected On": "connected_on",
}

_THUNDERBIRD = {
    "First Name": "first_name",
    "Last Name": "last_name",
    "Display Name": "full_name",
    "Nickname": "nickname",
    "Primary Email": "email",
    "Secondary Email": "email",
    "Work Phone": "phone:work",
    "Home Phone": "phone:home",
    "Mobile Number": "phone:mobile",
    "Job Title": "title",
    "Organization": "company",
    "Web Page 1": "link",
    "Web Page 2": "link",
    "Birth Year": "birth_year",
    "Birth Month": "birth_month",
    "Birth Day": "birth_day",
    "Notes": "notes",
}

# Generic CSV: lower-cased, punctuation-free column names -> target.
_GUESS = {
    "firstname": "first_name",
    "givenname": "first_name",
    "first": "first_name",
    "forename": "first_name",
    "prenom": "first_name",
    "vorname": "first_name",
    "lastname": "last_name",
    "surname": "last_name",
    "familyname": "last_name",
    "last": "last_name",
    "nom": "last_name",
    "nachname": "last_name",
    "middlename": "middle_name",
    "name": "full_name",
    "fullname": "full_name",
    "displayname": "full_name",
    "contact": "full_name",
    "nickname": "nickname",
    "company": "company",
    "organization": "company",
    "organisation": "company",
    "employer": "company",
    "firma": "company",
    "entreprise": "company",
    "societe": "company",
    "courriel": "email",
    "title": "title",
    "jobtitle": "title",
    "position": "title",
    "role": "title",
    "email": "email",
    "emailaddress": "email",
    "mail": "email",
    "primaryemail": "email",
    "email1": "email",
    "email2": "email",
    "workemail": "email:work",
    "homeemail": "email:home",
    "phone": "phone",
    "phonenumber": "phone",
    "telephone": "phone",
    "tel": "phone",
    "mobile": "phone:mobile",
    "mobilephone": "phone:mobile",
    "cell": "phone:mobile",
    "workphone": "phone:work",
    "homephone": "phone:home",
    "website": "link",
    "url": "link",
    "web": "link",
    "linkedin": "link:LinkedIn",
    "homepage": "link",
    "tags": "tags",
    "tag": "tags",
    "groups": "tags",
    "labels": "tags",
    "categories": "tags",
    "birthday": "birthday",
    "birthdate": "birthday",
    "dateofbirth": "birthday",
    "dob": "birthday",
    "notes": "notes",
    "note": "notes",
    "comments": "notes",
    "comment": "notes",
    "location": "location",
    "city": "location",
    "timezone": "timezone",
    "relationship": "relationship",
    "howmet": "how_met",
    "uid": "uid",
    "connectedon": "connected_on",
    "anniversary": "anniversary",
}


def _key(name: str) -> str:
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch)
    )
    return re.sub(r"[^a-z0-9]", "", plain)


def detect(header: Sequence[str]) -> str:
    """The format a CSV header belongs to: relapp, google, outlook, linkedin, thunderbird or csv."""
    names = {h.strip() for h in header}
    if {"uid", "first_name", "last_name", "milestones"} <= names:
        return "relapp"
    if "Primary Email" in names and "Display Name" in names:
        return "thunderbird"
    if {"Given Name", "Family Name"} <= names and ("Group Membership" in names or "Name" in names):
        return "google"
    if "First Name" in names and ({"Labels", "Organization Name", "E-mail 1 - Value"} & names):
        return "google"
    if "E-mail Address" in names and (
        {"Business Phone", "Mobile Phone", "Job Title", "Categories"} & names
    ):
        return "outlook"
    if {"First Name", "Last Name", "Connected On"} <= names or {
        "First Name",
        "Last Name",
        "Position",
        "URL",
    } <= names:
        return "linkedin"
    return "csv"


def default_mapping(fmt: str, header: Sequence[str]) -> dict[str, str]:
    """The mapping a format applies to ``header`` (unknown columns map to ``""``: ignored)."""
    out: dict[str, str] = {}
    for raw in header:
        name = raw.strip()
        target = ""
        if fmt == "google":
            target = _GOOGLE_FIXED.get(name, "")
            m = _GOOGLE_NEW.match(name) or _GOOGLE_OLD.match(name)
            if m:
                what, part = m.group(1), m.group(3)
                kind = {"E-mail": "email", "Phone": "phone", "Website": "link"}.get(what)
                if kind:
                    target = kind if part == "Value" else f"{kind}_label"
                elif what == "Organization" and m.group(2) == "1":
                    target = {"Name": "company", "Title": "title"}.get(part, "")
        elif fmt == "outlook":
            target = _OUTLOOK.get(name, "")
        elif fmt == "linkedin":
            target = _LINKEDIN.get(name, "")
        elif fmt == "thunderbird":
            target = _THUNDERBIRD.get(name, "")
        else:
            target = _GUESS.get(_key(name), "")
        out[raw] = target
    return out


def has_name_or_email(mapping: dict[str, str]) -> bool:
    bases = {t.split(":", 1)[0] for t in mapping.values()}
    return bool(bases & {"first_name", "last_name", "full_name", "nickname", "email"})


def looks_like_header(cells: Sequence[str]) -> bool:
    """Whether a row could be a header line (used to skip LinkedIn's ``Notes:`` preamble)."""
    if len(cells) < 2:
        return False
    known = sum(
        1 for c in cells if _key(c) in _GUESS or c.strip() in _OUTLOOK or c.strip() in _GOOGLE_FIXED
    )
    return known >= 2
