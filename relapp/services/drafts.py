"""Follow-up drafts: the short thank-you written right after a conversation, restating its action items.

:func:`compose` reads an interaction and writes the note (greeting by first name, thanks for the
coffee / call / meeting, the topic, what I will do, what they offered) plus a ``mailto:`` URL when
someone has an email address. :func:`open_draft` also creates, when settings
``follow_up_draft_reminder`` is on, a plain follow-up "Send follow-up note to X" due the next day
(one per interaction, never twice); :func:`mark_sent` completes it. No schema of its own: the
reminder is an ordinary FollowUp row linked to the interaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import quote

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import settings
from relapp.services.starters import topic_of
from relapp.store.db import database
from relapp.store.models import FollowUp

REMINDER_PREFIX = "Send follow-up note to "

_KIND_PHRASES = {
    "coffee": "the coffee",
    "call": "the call",
    "video": "the video call",
    "meeting": "the meeting",
    "email": "your email",
    "message": "your message",
    "lunch": "lunch",
    "event": "the chat at the event",
    "celebration": "celebrating together",
    "other": "the conversation",
}


@dataclass(frozen=True)
class FollowUpDraft:
    interaction_id: int
    contacts: list[tuple[int, str]]  # (id, display name) of every participant
    to: list[str]  # the first email address of each participant who has one
    subject: str
    body: str
    mine: list[str] = field(default_factory=list)  # action items I took on
    theirs: list[str] = field(default_factory=list)  # what they offered
    reminder_id: int | None = None

    @property
    def action_items(self) -> list[str]:
        return [*self.mine, *self.theirs]

    @property
    def mailto(self) -> str | None:
        return mailto_url(self.to, self.subject, self.body)


def mailto_url(to: list[str], subject: str, body: str) -> str | None:
    """An RFC 6068 ``mailto:`` URL, or None when there is nobody to write to."""
    if not to:
        return None
    addresses = ",".join(quote(a, safe="@") for a in to)
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{addresses}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def _when_phrase(day: dt.date, today: dt.date) -> str:
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if 1 < delta < 7:
        return f"on {day.strftime('%A')}"
    return f"on {day.day} {day.strftime('%B')}"


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True)
class _Inter:
    occurred_at: dt.datetime
    kind: str
    summary: str


def _interaction(interaction_id: int) -> _Inter:
    row = database.execute_sql(
        "SELECT occurred_at, kind, summary FROM interaction WHERE id = ?", [interaction_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no interaction with id {interaction_id}")
    return _Inter(dt.datetime.fromisoformat(str(row[0])), row[1], row[2])


_REMINDERS = (
    "SELECT id, done_at FROM follow_up WHERE interaction_id = ? AND substr(text, 1, ?) = ? "
    "ORDER BY id"
)


def _reminders(interaction_id: int) -> list[tuple[int, object]]:
    rows = database.execute_sql(
        _REMINDERS, [interaction_id, len(REMINDER_PREFIX), REMINDER_PREFIX]
    ).fetchall()
    return [(int(r[0]), r[1]) for r in rows]


@dataclass(frozen=True)
class _Person:
    id: int
    display_name: str
    first_name: str
    nickname: str


def compose(*, interaction_id: int, today: dt.date | None = None) -> FollowUpDraft:
    """The draft for ``interaction_id`` (read only)."""
    today = today or clock.today()
    inter = _interaction(interaction_id)
    people = [
        _Person(*r)
        for r in database.execute_sql(
            "SELECT c.id, c.display_name, c.first_name, c.nickname FROM contact c "
            "JOIN interaction_contact ic ON ic.contact_id = c.id WHERE ic.interaction_id = ? "
            "ORDER BY c.display_name, c.id",
            [interaction_id],
        )
    ]
    ids = [p.id for p in people]
    emails: dict[int, str] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for cid, value in database.execute_sql(
            f"SELECT contact_id, value FROM contact_detail WHERE kind = 'email' "
            f"AND contact_id IN ({marks}) ORDER BY position DESC, id DESC",
            ids,
        ):
            emails[cid] = value  # the last written wins: position 0
    mine: list[str] = []
    theirs: list[str] = []
    for text, direction in database.execute_sql(
        "SELECT text, direction FROM follow_up WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    ):
        if text.startswith(REMINDER_PREFIX):
            continue
        bucket = mine if direction == "i_owe" else theirs
        if text not in bucket:
            bucket.append(text)
    firsts = [p.nickname or p.first_name or p.display_name for p in people]
    greeting = f"Hi {_join(firsts)}," if len(firsts) <= 3 else "Hi all,"
    when = _when_phrase(inter.occurred_at.date(), today)
    lines = [
        greeting,
        "",
        f"Thank you for {_KIND_PHRASES.get(inter.kind, 'the conversation')} {when}.",
    ]
    topic = topic_of(inter.summary) if inter.summary else ""
    if topic:
        lines[-1] += f" It was good to talk about {topic}."
    if mine:
        lines += ["", "As promised, I will:"] + [f"- {t}" for t in mine]
    if theirs:
        lines += ["", "And as you kindly offered:"] + [f"- {t}" for t in theirs]
    lines += ["", "Talk soon,", ""]
    reminders = _reminders(interaction_id)
    return FollowUpDraft(
        interaction_id=interaction_id,
        contacts=[(p.id, p.display_name) for p in people],
        to=[emails[i] for i in ids if i in emails],
        subject=f"Follow-up: {inter.summary}"
        if inter.summary
        else f"Thanks for {_KIND_PHRASES.get(inter.kind, 'the chat')}",
        body="\n".join(lines),
        mine=mine,
        theirs=theirs,
        reminder_id=reminders[0][0] if reminders else None,
    )


def open_draft(*, interaction_id: int, today: dt.date | None = None) -> FollowUpDraft:
    """Compose the draft and, if the setting is on, make sure its reminder exists: a follow-up
    "Send follow-up note to X" due the day after ``today``, created once per interaction."""
    draft = compose(interaction_id=interaction_id, today=today)
    if (
        draft.reminder_id is not None
        or not draft.contacts
        or not settings.get("follow_up_draft_reminder")
    ):
        return draft
    today = today or clock.today()
    names = _join([name for _, name in draft.contacts])
    reminder = FollowUp.create(
        contact=draft.contacts[0][0],
        interaction=interaction_id,
        text=REMINDER_PREFIX + names,
        direction="i_owe",
        due=today + dt.timedelta(days=1),
    )
    return FollowUpDraft(**{**draft.__dict__, "reminder_id": int(reminder.get_id())})


def mark_sent(*, interaction_id: int) -> int:
    """The note went out: complete its reminder(s). Returns how many were completed."""
    _interaction(interaction_id)
    open_ids = [i for i, done in _reminders(interaction_id) if done is None]
    if open_ids:
        with database.atomic():
            FollowUp.update(done_at=clock.now().replace(microsecond=0)).where(
                FollowUp.id.in_(open_ids)
            ).execute()
    return len(open_ids)


def is_sent(*, interaction_id: int) -> bool:
    """True once a reminder of this interaction's note was completed."""
    return any(done is not None for _, done in _reminders(interaction_id))
