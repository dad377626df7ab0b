"""The prep brief: everything worth knowing a minute before meeting someone, as data and as text.

Who they are to me, their health with its reasons, the last three interactions, open promises both
ways, what they work on / are excited about / find hard, topics for next time, their recent wins
(achievements of the last 90 days, :mod:`relapp.services.wins`), milestones in the
next weeks (:func:`relapp.services.milestones.occurrences_between`) and three conversation starters
(:mod:`relapp.services.starters`; the first congratulates on the latest win, if any). :func:`brief_text` renders the plain text the window copies and
``relapp brief`` prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relapp import clock
from relapp.services import contacts, interactions, settings, wins
from relapp.services.health import Health, days_ago, health_for
from relapp.services.interactions import KIND_LABELS, FollowUpInfo, InteractionInfo
from relapp.services.milestones import occurrences_between
from relapp.services.starters import StarterInputs, conversation_starters

MILESTONE_DAYS = 45  # how far ahead "upcoming milestones" look
LAST_INTERACTIONS = 3


@dataclass(frozen=True)
class UpcomingMilestone:
    date: dt.date
    title: str  # "Birthday (turns 40)", "Work anniversary (5 years)"


@dataclass
class Brief:
    contact_id: int
    name: str
    today: dt.date
    who: list[str]  # "Manager · Director of Engineering at Northwind", "Met: ...", "Tags: ..."
    health: Health
    last_interactions: list[InteractionInfo]
    i_owe: list[FollowUpInfo]
    they_owe: list[FollowUpInfo]
    works_on: str = ""
    excited_about: str = ""
    finds_hard: str = ""
    preferences: str = ""
    topics_next: str = ""
    milestones: list[UpcomingMilestone] = field(default_factory=list)
    recent_wins: list[wins.Win] = field(default_factory=list)  # newest first

    def about(self) -> list[tuple[str, str]]:
        """What is noted about them, as (label, text) pairs, in brief order."""
        pairs = (
            ("Works on", self.works_on),
            ("Excited about", self.excited_about),
            ("Finds hard", self.finds_hard),
            ("Preferences", self.preferences),
        )
        return [(label, value) for label, value in pairs if value]

    starters: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def _milestone_title(title: str, kind: str, years: int | None) -> str:
    if years is None:
        return title
    if kind == "birthday":
        return f"{title} (turns {years})"
    return f"{title} ({years} year{'s' if years != 1 else ''})"


def upcoming_milestones(
    contact_id: int, *, today: dt.date, days: int = MILESTONE_DAYS
) -> list[UpcomingMilestone]:
    occ = occurrences_between(today, today + dt.timedelta(days=days), include_archived=True)
    return [
        UpcomingMilestone(o.date, _milestone_title(o.milestone.title, o.milestone.kind, o.years))
        for o in occ
        if o.milestone.contact_id == contact_id
    ]


def _who(info: contacts.ContactInfo) -> list[str]:
    role = " at ".join(x for x in (info.title, info.company) if x)
    first = " \u00b7 ".join(x for x in (info.relationship.capitalize(), role) if x)
    lines = [first]
    if info.how_met:
        lines.append(f"Met: {info.how_met}")
    if info.tags:
        lines.append("Tags: " + ", ".join(info.tags))
    if info.location or info.timezone:
        lines.append("Where: " + ", ".join(x for x in (info.location, info.timezone) if x))
    if info.notes:
        lines.append(f"Notes: {info.notes}")
    return lines


def prep_brief(*, contact_id: int, today: dt.date | None = None) -> Brief:
    """The brief for ``contact_id`` at ``today`` (default: the clock)."""
    today = today or clock.today()
    info = contacts.get_contact(contact_id)
    recent = interactions.timeline(contact_id, limit=LAST_INTERACTIONS)
    promises = interactions.open_follow_ups(contact_id=contact_id)
    last = recent[0] if recent else None
    recent_wins = wins.recent_wins(contact_id=contact_id, today=today)
    inputs = StarterInputs(
        works_on=info.works_on,
        excited_about=info.excited_about,
        finds_hard=info.finds_hard,
        topics_next=info.topics_next,
        last_summary=last.summary if last else "",
        last_follow_ups=[(f.direction, f.text, f.done_at is not None) for f in last.follow_ups]
        if last
        else (),
        recent_win=recent_wins[0].label if recent_wins else "",
    )
    return Brief(
        contact_id=contact_id,
        name=info.display_name,
        today=today,
        who=_who(info),
        health=health_for(contact_id, today=today),
        last_interactions=recent,
        i_owe=[f for f in promises if f.direction == "i_owe"],
        they_owe=[f for f in promises if f.direction == "they_owe"],
        works_on=info.works_on,
        excited_about=info.excited_about,
        finds_hard=info.finds_hard,
        preferences=info.preferences,
        topics_next=info.topics_next,
        milestones=upcoming_milestones(contact_id, today=today),
        recent_wins=recent_wins,
        starters=conversation_starters(inputs, settings.get("conversation_starters")),
        emails=info.emails,
    )


def due_phrase(due: dt.date | None, today: dt.date) -> str:
    if due is None:
        return "no due date"
    delta = (due - today).days
    if delta < 0:
        return f"due {due.isoformat()}, {-delta} day{'s' if delta != -1 else ''} late"
    if delta == 0:
        return "due today"
    return f"due {due.isoformat()}"


def interaction_line(i: InteractionInfo, today: dt.date) -> str:
    kind = KIND_LABELS.get(i.kind, i.kind)
    when = i.occurred_at.date()
    head = f"{when.isoformat()} ({days_ago((today - when).days)}) \u2014 "
    if not i.summary:
        return head + kind
    if i.summary.lower().startswith(kind.lower()):
        return head + i.summary
    return head + f"{kind}: {i.summary}"


def promise_line(f: FollowUpInfo, today: dt.date) -> str:
    return f"{f.text} ({due_phrase(f.due, today)})"


def milestone_line(m: UpcomingMilestone, today: dt.date) -> str:
    delta = (m.date - today).days
    when = "today" if delta == 0 else "tomorrow" if delta == 1 else f"in {delta} days"
    return f"{m.date.strftime('%d %B').lstrip('0')} ({when}): {m.title}"


def win_line(w: wins.Win, today: dt.date) -> str:
    return f"{w.date.strftime('%d %B').lstrip('0')} ({days_ago((today - w.date).days)}): {w.label}"


def brief_text(b: Brief) -> str:
    """The brief as plain text, ready to paste into notes or an email."""
    out = [f"Prep brief: {b.name} \u2014 {b.today.isoformat()}", ""]
    out += b.who
    out.append(f"Health: {b.health.explanation}")

    def section(title: str, lines: list[str], empty: str = "none") -> None:
        out.append("")
        out.append(title)
        out.extend(f"- {line}" for line in (lines or [empty]))

    section(
        "Last interactions",
        [interaction_line(i, b.today) for i in b.last_interactions],
        "nothing logged yet",
    )
    promises = [f"You owe them: {promise_line(f, b.today)}" for f in b.i_owe]
    promises += [f"They owe you: {promise_line(f, b.today)}" for f in b.they_owe]
    section("Open promises", promises)
    profile = [f"{label}: {value}" for label, value in b.about()]
    section("About them", profile, "nothing noted yet")
    section("Topics for next time", [t.strip() for t in b.topics_next.splitlines() if t.strip()])
    if b.recent_wins:
        section("Recent wins", [win_line(w, b.today) for w in b.recent_wins])
    section(
        "Upcoming milestones",
        [milestone_line(m, b.today) for m in b.milestones],
        "none in the next weeks",
    )
    out.append("")
    out.append("Conversation starters")
    out.extend(f"{n}. {q}" for n, q in enumerate(b.starters, 1))
    return "\n".join(out) + "\n"
