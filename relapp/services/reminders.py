"""The reminder delivery pass: which reminder occurrences are due at a moment, delivered exactly once.

Reminders are computed from the data (see :mod:`relapp.services.agenda`); the only thing stored is
the ``Delivered`` log, one row per occurrence key: ``checkin:<contact uid>:<due date>``,
``followup:<uid>:<due>`` (plus ``:snoozed:<until>`` when a snooze moved it),
``celebration:<milestone uid>:<date>`` on the day and ``...:lead`` for the heads-up N days before.
Date-based reminders arrive at the daily delivery time (setting ``delivery_time``), a snoozed
follow-up at its snooze end; nothing arrives in quiet hours. A pass claims its keys in one
``BEGIN IMMEDIATE`` transaction before sending (so two processes never both deliver), sends, then
confirms with the channel, or releases the claim when sending failed (the item stays "not yet
delivered"). Whatever was missed while relapp was closed is simply still due (celebrations up to
:data:`CATCH_UP_DAYS` back) and arrives once, as one digest when there are more than
``digest_threshold`` items. No Qt here: sending is a plain callable.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from relapp import clock
from relapp.services import agenda, settings
from relapp.store.db import database

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 7  # a celebration missed while relapp was closed is still told this many days later
CLAIM_TIMEOUT = dt.timedelta(minutes=10)  # a claim never confirmed (crashed sender) expires
CLAIMED = "claimed"
DIGEST_LINES = 8
_TS = "%Y-%m-%d %H:%M:%S"

Sender = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class Occurrence:
    """One reminder, due at ``moment``; ``key`` names it in the delivered log."""

    key: str
    kind: str  # checkin, followup, promise, celebration, celebration_lead
    contact_id: int
    contact: str
    title: str
    body: str
    moment: dt.datetime


@dataclass(frozen=True)
class DeliverySettings:
    delivery_time: dt.time
    quiet_enabled: bool
    quiet_start: dt.time
    quiet_end: dt.time
    digest_threshold: int

    def at(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, self.delivery_time)


@dataclass
class PassResult:
    delivered: list[str] = field(default_factory=list)  # keys now recorded as delivered
    failed: list[str] = field(default_factory=list)  # keys whose sending failed (still undelivered)
    skipped: list[str] = field(default_factory=list)  # keys another process claimed first
    notifications: int = 0  # notifications actually sent (a digest counts once)
    channels: list[str] = field(default_factory=list)
    quiet: bool = False  # held back by quiet hours


def _hhmm(key: str) -> dt.time:
    h, m = settings.parse_hhmm(str(settings.get(key)), field=key)
    return dt.time(h, m)


def delivery_settings() -> DeliverySettings:
    return DeliverySettings(
        delivery_time=_hhmm("delivery_time"),
        quiet_enabled=bool(settings.get("quiet_hours_enabled")),
        quiet_start=_hhmm("quiet_hours_start"),
        quiet_end=_hhmm("quiet_hours_end"),
        digest_threshold=max(0, int(settings.get("digest_threshold"))),
    )


def in_quiet_hours(now: dt.datetime, s: DeliverySettings) -> bool:
    if not s.quiet_enabled or s.quiet_start == s.quiet_end:
        return False
    t = now.time()
    if s.quiet_start < s.quiet_end:
        return s.quiet_start <= t < s.quiet_end
    return t >= s.quiet_start or t < s.quiet_end


def quiet_end_after(now: dt.datetime, s: DeliverySettings) -> dt.datetime:
    end = dt.datetime.combine(now.date(), s.quiet_end)
    return end if end > now else end + dt.timedelta(days=1)


# --- what is due ----------------------------------------------------------------------------------


def _days_ago(n: int) -> str:
    return "today" if n == 0 else ("yesterday" if n == 1 else f"{n} days ago")


def _checkins(now: dt.datetime, s: DeliverySettings) -> list[Occurrence]:
    last_day = now.date() if now >= s.at(now.date()) else now.date() - dt.timedelta(days=1)
    rows = database.obj.execute_sql(
        "SELECT c.id, c.display_name, c.checkin_due, c.last_interaction_at, c.effective_cadence, "
        "c.topics_next, c.works_on, k.key FROM "
        "(SELECT id, 'checkin:' || uid || ':' || checkin_due AS key FROM contact "
        " WHERE archived = 0 AND checkin_due <= ?) k "
        "JOIN contact c ON c.id = k.id LEFT JOIN delivered d ON d.key = k.key WHERE d.key IS NULL",
        (last_day.isoformat(),),
    )
    out = []
    for cid, name, due, last, cadence, topics, works, key in rows:
        due_d = dt.date.fromisoformat(str(due)[:10])
        if last:
            ago = (now.date() - dt.date.fromisoformat(str(last)[:10])).days
            body = f"Last in touch {_days_ago(ago)} (every {cadence} days)."
        else:
            body = f"No interaction logged yet (every {cadence} days)."
        ask = (topics or "").strip() or (works or "").strip()
        if ask:
            body += f" Next: {ask[:120]}"
        out.append(
            Occurrence(key, "checkin", cid, name, f"Check in with {name}", body, s.at(due_d))
        )
    return out


def _follow_ups(now: dt.datetime, s: DeliverySettings) -> list[Occurrence]:
    dtime = s.delivery_time.strftime("%H:%M:%S")
    rows = database.obj.execute_sql(
        "SELECT f.id, f.contact_id, c.display_name, f.text, f.direction, f.due, f.snoozed_until, k.key FROM "
        "(SELECT id, CASE WHEN snoozed_until > (due || ' ' || ?1) "
        "   THEN 'followup:' || uid || ':' || due || ':snoozed:' || strftime('%Y-%m-%dT%H:%M', snoozed_until) "
        "   ELSE 'followup:' || uid || ':' || due END AS key, "
        "   max(due || ' ' || ?1, coalesce(snoozed_until, '')) AS moment "
        " FROM follow_up WHERE done_at IS NULL AND due IS NOT NULL AND due <= ?2) k "
        "JOIN follow_up f ON f.id = k.id JOIN contact c ON c.id = f.contact_id "
        "LEFT JOIN delivered d ON d.key = k.key "
        "WHERE d.key IS NULL AND c.archived = 0 AND k.moment <= ?3",
        (dtime, now.date().isoformat(), now.strftime(_TS)),
    )
    out = []
    for _fid, cid, name, text, direction, due, snoozed, key in rows:
        due_d = dt.date.fromisoformat(str(due)[:10])
        moment = s.at(due_d)
        if snoozed:
            moment = max(moment, dt.datetime.fromisoformat(str(snoozed)))
        late = (now.date() - due_d).days
        when = "due today" if late <= 0 else f"overdue by {late} day{'s' if late != 1 else ''}"
        if direction == "they_owe":
            out.append(
                Occurrence(key, "promise", cid, name, f"Promise from {name} ({when})", text, moment)
            )
        else:
            out.append(
                Occurrence(
                    key, "followup", cid, name, f"Follow up with {name} ({when})", text, moment
                )
            )
    return out


def _max_lead() -> int:
    own = database.obj.execute_sql("SELECT max(lead_days) FROM milestone").fetchone()[0] or 0
    keys = [k for k in settings.SPECS if k.startswith("lead_days.")]
    return max([int(own), *(int(settings.get(k)) for k in keys)])


def _celebration_title(c: agenda.CelebrationItem) -> str:
    what = c.title.lower() if c.kind != "custom" and c.kind != "achievement" else c.title
    if c.kind == "birthday" and c.years:
        return f"{c.contact} turns {c.years}"
    if c.years:
        return f"{c.contact}: {c.years} years, {what}"
    return f"{c.contact}: {what}"


def _celebrations(now: dt.datetime, s: DeliverySettings) -> list[Occurrence]:
    today = now.date()
    items = agenda.celebrations(
        start=today - dt.timedelta(days=CATCH_UP_DAYS), end=today + dt.timedelta(days=_max_lead())
    )
    out = []
    for c in items:
        if c.celebrated:
            continue
        base = _celebration_title(c)
        if c.date <= today:
            moment = s.at(c.date)
            if moment <= now:
                late = (today - c.date).days
                when = "today" if late == 0 else f"{_days_ago(late)} ({c.date:%a %d %b})"
                out.append(
                    Occurrence(
                        f"celebration:{c.milestone_uid}:{c.date}",
                        "celebration",
                        c.contact_id,
                        c.contact,
                        f"{base} {when}",
                        "Send a note?",
                        moment,
                    )
                )
        elif c.lead_days > 0:
            moment = s.at(c.date - dt.timedelta(days=c.lead_days))
            if moment <= now:
                n = (c.date - today).days
                when = "tomorrow" if n == 1 else f"in {n} days"
                out.append(
                    Occurrence(
                        f"celebration:{c.milestone_uid}:{c.date}:lead",
                        "celebration_lead",
                        c.contact_id,
                        c.contact,
                        f"{base} {when}",
                        f"On {c.date:%A %d %B}.",
                        moment,
                    )
                )
    return out


def due_occurrences(*, now: dt.datetime | None = None) -> list[Occurrence]:
    """Every reminder occurrence whose moment has come by ``now`` and that is not yet delivered
    (quiet hours are not applied here), oldest first."""
    now = (now or clock.now()).replace(microsecond=0, tzinfo=None)
    s = delivery_settings()
    cele = _celebrations(now, s)
    if cele:
        keys = [o.key for o in cele]
        done = {
            r[0]
            for r in database.obj.execute_sql(
                f"SELECT key FROM delivered WHERE key IN ({','.join('?' * len(keys))})", keys
            )
        }
        cele = [o for o in cele if o.key not in done]
    occ = cele + _follow_ups(now, s) + _checkins(now, s)
    occ.sort(key=lambda o: (o.moment, o.kind, o.contact.lower(), o.key))
    return occ


def next_wakeup(*, now: dt.datetime | None = None) -> dt.datetime:
    """The next moment something may become due (for the app's single-shot timer): the next
    delivery time or midnight, the end of quiet hours, or the earliest snooze ending."""
    now = (now or clock.now()).replace(microsecond=0, tzinfo=None)
    s = delivery_settings()
    at = s.at(now.date())
    candidates = [
        at if at > now else s.at(now.date() + dt.timedelta(days=1)),
        dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0)),
    ]
    if in_quiet_hours(now, s):
        candidates.append(quiet_end_after(now, s))
    row = database.obj.execute_sql(
        "SELECT min(snoozed_until) FROM follow_up WHERE done_at IS NULL AND snoozed_until > ?",
        (now.strftime(_TS),),
    ).fetchone()
    if row and row[0]:
        candidates.append(dt.datetime.fromisoformat(str(row[0])))
    return min(candidates)


# --- delivery ----------------------------------------------------------------------------------------


def _claim(keys: Sequence[str], now: dt.datetime) -> list[str]:
    """Record ``keys`` as claimed by this pass; returns those no one had claimed or delivered."""
    won = []
    db = database.obj
    with database.atomic("IMMEDIATE"):
        db.execute_sql(
            "DELETE FROM delivered WHERE channel = ? AND delivered_at < ?",
            (CLAIMED, (now - CLAIM_TIMEOUT).strftime(_TS)),
        )
        for key in keys:
            cur = db.execute_sql(
                "INSERT OR IGNORE INTO delivered (key, delivered_at, channel) VALUES (?, ?, ?)",
                (key, now.strftime(_TS), CLAIMED),
            )
            if cur.rowcount == 1:
                won.append(key)
    return won


def _finish(keys: Sequence[str], channel: str | None) -> None:
    with database.atomic():
        for i in range(0, len(keys), 500):
            part = list(keys[i : i + 500])
            marks = ",".join("?" * len(part))
            if channel:
                database.obj.execute_sql(
                    f"UPDATE delivered SET channel = ? WHERE channel = ? AND key IN ({marks})",
                    [channel, CLAIMED, *part],
                )
            else:
                database.obj.execute_sql(
                    f"DELETE FROM delivered WHERE channel = ? AND key IN ({marks})",
                    [CLAIMED, *part],
                )


def digest_text(items: Sequence[Occurrence]) -> tuple[str, str]:
    """One notification for many reminders: a count in the title, the first few in the body."""
    lines = [o.title for o in items[:DIGEST_LINES]]
    if len(items) > DIGEST_LINES:
        lines.append(f"\u2026and {len(items) - DIGEST_LINES} more in relapp")
    return f"relapp: {len(items)} reminders", "\n".join(lines)


def _default_sender(title: str, body: str) -> str | None:
    from relapp import notifications

    return notifications.notify(title, body)


def run_pass(*, now: dt.datetime | None = None, send: Sender | None = None) -> PassResult:
    """Deliver every due, undelivered reminder once. ``send(title, body)`` returns the channel that
    delivered it, or None when nothing could (then the claim is released). Never raises for a
    failed send."""
    now = (now or clock.now()).replace(microsecond=0, tzinfo=None)
    send = send if send is not None else _default_sender
    result = PassResult()
    s = delivery_settings()
    if in_quiet_hours(now, s):
        result.quiet = True
        return result
    occ = due_occurrences(now=now)
    if not occ:
        return result
    batches = [occ] if len(occ) > s.digest_threshold else [[o] for o in occ]
    for batch in batches:
        won = set(_claim([o.key for o in batch], now))
        items = [o for o in batch if o.key in won]
        result.skipped.extend(o.key for o in batch if o.key not in won)
        if not items:
            continue
        if len(batches) == 1 and len(occ) > s.digest_threshold:
            title, body = digest_text(items)
        else:
            title, body = items[0].title, items[0].body
        try:
            channel = send(title, body)
        except Exception:  # a sender must not raise, but a failure here must not lose the claim
            log.exception("sending a reminder failed")
            channel = None
        keys = [o.key for o in items]
        _finish(keys, channel)
        if channel:
            result.delivered.extend(keys)
            result.notifications += 1
            result.channels.append(channel)
        else:
            result.failed.extend(keys)
            log.warning("no notification channel delivered %d reminder(s); will retry", len(keys))
    return result


def is_delivered(key: str) -> bool:
    row = database.obj.execute_sql("SELECT channel FROM delivered WHERE key = ?", (key,)).fetchone()
    return bool(row) and row[0] != CLAIMED


# --- snoozing ---------------------------------------------------------------------------------------

SNOOZE_CHOICES = ("hour", "tomorrow", "next_week")


def snooze_target(
    choice: str, *, now: dt.datetime | None = None, day: dt.date | None = None
) -> dt.datetime:
    """When a snooze ends: ``hour`` (one hour from now), ``tomorrow`` or ``next_week`` (next Monday)
    at the delivery time, or ``date`` (``day`` at the delivery time)."""
    now = (now or clock.now()).replace(microsecond=0, tzinfo=None)
    s = delivery_settings()
    if choice == "hour":
        return now + dt.timedelta(hours=1)
    if choice == "tomorrow":
        return s.at(now.date() + dt.timedelta(days=1))
    if choice == "next_week":
        return s.at(now.date() + dt.timedelta(days=7 - now.weekday()))
    if choice == "date" and day is not None:
        return s.at(day)
    raise ValueError(f"unknown snooze choice {choice!r}")


def snooze_all_until_tomorrow(*, now: dt.datetime | None = None) -> int:
    """Snooze every follow-up and check-in due now until tomorrow's delivery time (nothing is
    marked done, no interaction is invented). Returns how many items moved."""
    from relapp.services import checkins

    now = (now or clock.now()).replace(microsecond=0, tzinfo=None)
    until = snooze_target("tomorrow", now=now)
    today = now.date().isoformat()
    db = database.obj
    with database.atomic():
        fu = db.execute_sql(
            "UPDATE follow_up SET snoozed_until = ?, updated_at = ? WHERE done_at IS NULL AND due IS NOT NULL "
            "AND due <= ? AND (snoozed_until IS NULL OR snoozed_until <= ?) "
            "AND contact_id IN (SELECT id FROM contact WHERE archived = 0)",
            (until.strftime(_TS), now.strftime(_TS), today, now.strftime(_TS)),
        ).rowcount
        ids = [
            r[0]
            for r in db.execute_sql(
                "SELECT id FROM contact WHERE archived = 0 AND checkin_due <= ?", (today,)
            )
        ]
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            db.execute_sql(
                f"UPDATE contact SET checkin_snoozed_until = ? WHERE id IN ({','.join('?' * len(part))})",
                [until.date().isoformat(), *part],
            )
            checkins.refresh(part)
    return int(fu) + len(ids)
