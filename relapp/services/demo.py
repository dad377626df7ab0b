"""Realistic, deterministic demo data: people at a handful of companies, two years of interactions,
open and kept promises, birthdays and work anniversaries. ``populate`` writes with the bulk path
(one transaction, ``executemany``) so benchmarks can fill 100,000 contacts in seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from relapp import clock
from relapp.errors import ValidationError
from relapp.services import checkins
from relapp.services.demo_data import (
    COMPANIES,
    EXCITED,
    FIRST,
    FOLLOW_UPS,
    HARD,
    HOW_MET,
    KINDS,
    LAST,
    NOTES,
    PREFERENCES,
    PROMISES,
    RECENT_ACTIONS,
    RELATIONSHIP_WEIGHTS,
    SUMMARIES,
    TAGS,
    TITLES,
    TOPICS,
    WORKS_ON,
)
from relapp.store import search_index
from relapp.store.db import database


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def populate(
    *,
    contacts: int = 40,
    seed: int = 7,
    today: dt.date | None = None,
    interactions_per_contact: float | None = None,
) -> dict[str, int]:
    """Fill an *empty* database with demo data; returns counts of what was written."""
    if contacts < 1:
        raise ValidationError("--contacts must be at least 1", field="contacts")
    db = database.obj
    if db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]:
        raise ValidationError(
            "the database already has contacts; demo data goes into an empty database"
        )
    rng = random.Random(seed)
    # A second stream for notes and recent action items, so the people and their history stay
    # the same for a given seed as the demo grows richer.
    extra = random.Random(seed + 1)
    today = today or clock.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    Rows = list[tuple[Any, ...]]
    contact_rows: Rows = []
    detail_rows: Rows = []
    tag_links: Rows = []
    inter_rows: Rows = []
    link_rows: Rows = []
    fu_rows: Rows = []
    ms_rows: Rows = []
    per = interactions_per_contact
    inter_id = 0

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def extra_uid() -> str:
        return str(uuid.UUID(int=extra.getrandbits(128), version=4))

    for cid in range(1, contacts + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rel = _weighted(rng, RELATIONSHIP_WEIGHTS)
        company = rng.choice(COMPANIES)
        works = rng.choice(WORKS_ON)
        excited = rng.choice(EXCITED)
        own_cadence = rng.choice((None, None, None, 7, 21, 90)) if rng.random() < 0.25 else None
        created = now - dt.timedelta(days=rng.randint(30, 760))
        contact_rows.append(
            (
                cid,
                uid(),
                created.strftime("%Y-%m-%d %H:%M:%S"),
                stamp,
                first,
                last,
                "",
                f"{first} {last}",
                company,
                rng.choice(TITLES[rel]),
                rel,
                rng.choice(HOW_MET),
                "",
                "",
                works,
                excited,
                rng.choice(HARD),
                rng.choice(PREFERENCES),
                rng.choice(TOPICS),
                rng.choice(
                    (
                        "",
                        "",
                        "Great at explaining complex ideas simply.",
                        "Prefers written agendas.",
                        "Plays in a jazz band on weekends.",
                        "Moving to Lisbon next year.",
                    )
                ),
                own_cadence,
                0,
            )
        )
        hard = contact_rows[-1][16]  # what they find hard, as drawn above
        domain = company.split()[0].lower() + ".example"
        email = f"{first.lower()}.{last.lower()}@{domain}".replace("'", "")
        detail_rows.append((cid, "email", email, "work", email, 0))
        if rng.random() < 0.6:
            phone = f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            detail_rows.append(
                (
                    cid,
                    "phone",
                    phone,
                    "mobile",
                    "".join(ch for ch in phone if ch.isdigit())[-10:],
                    0,
                )
            )
        for tag in rng.sample(TAGS, rng.choice((0, 1, 1, 2))):
            tag_links.append((cid, TAGS.index(tag) + 1))
        # Two years of interactions, more with closer relationships.
        n = (
            per
            if per is not None
            else {
                "manager": 14,
                "report": 12,
                "mentor": 7,
                "mentee": 9,
                "client": 8,
                "coworker": 6,
            }.get(rel, 4)
        )
        count = max(0, int(rng.gauss(n, n / 3))) if per is None else int(per)
        for _ in range(count):
            inter_id += 1
            on_day = today - dt.timedelta(
                days=rng.randint(1, 730) if rng.random() < 0.2 else rng.randint(1, 240)
            )
            when = dt.datetime.combine(
                on_day, dt.time(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
            )
            kind = _weighted(rng, KINDS)
            summary = rng.choice(SUMMARIES[kind]).format(w=works, e=excited)
            w = when.strftime("%Y-%m-%d %H:%M:%S")
            note = ""
            if per is None and extra.random() < 0.6:
                note = extra.choice(NOTES).format(w=works, e=excited, h=hard)
            inter_rows.append(
                (
                    inter_id,
                    uid(),
                    w,
                    w,
                    w,
                    kind,
                    summary,
                    note,
                    rng.choice(("me", "them", None)),
                    None,
                )
            )
            link_rows.append((inter_id, cid, w))
            age = (today - when.date()).days
            if per is None and age <= 21 and extra.random() < 0.35:
                # Recent meetings leave open action items: some due soon, a few already late.
                due = today + dt.timedelta(days=extra.randint(-4, 12))
                text = extra.choice(RECENT_ACTIONS).format(w=works, e=excited)
                fu_rows.append(
                    (extra_uid(), w, w, cid, inter_id, text, "i_owe", due.isoformat(), None, None)
                )
            if rng.random() < 0.12:
                text = rng.choice(FOLLOW_UPS).format(w=works)
                due = (when + dt.timedelta(days=rng.randint(2, 14))).date()
                done = None if due > today - dt.timedelta(days=20) and rng.random() < 0.5 else w
                fu_rows.append(
                    (uid(), w, w, cid, inter_id, text, "i_owe", due.isoformat(), None, done)
                )
            elif rng.random() < 0.04:
                due = (when + dt.timedelta(days=rng.randint(3, 21))).date()
                fu_rows.append(
                    (
                        uid(),
                        w,
                        w,
                        cid,
                        inter_id,
                        rng.choice(PROMISES),
                        "they_owe",
                        due.isoformat(),
                        None,
                        None if rng.random() < 0.5 else w,
                    )
                )
        if rng.random() < 0.7 or cid == 3:
            year = rng.randint(1965, 2000) if rng.random() < 0.7 else None
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if cid == 3:
                month, day, year = 2, 29, 1988
            ms_rows.append(
                (
                    uid(),
                    stamp,
                    stamp,
                    cid,
                    "birthday",
                    "",
                    month,
                    day,
                    year,
                    1,
                    None,
                    "",
                    month * 100 + day,
                )
            )
        if rng.random() < 0.4:
            year = today.year - rng.randint(1, 12)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            ms_rows.append(
                (
                    uid(),
                    stamp,
                    stamp,
                    cid,
                    "work_anniversary",
                    "",
                    month,
                    day,
                    year,
                    1,
                    None,
                    f"Joined {company}",
                    month * 100 + day,
                )
            )
        if rng.random() < 0.08:
            d = today - dt.timedelta(days=rng.randint(5, 200))
            ms_rows.append(
                (
                    uid(),
                    stamp,
                    stamp,
                    cid,
                    "achievement",
                    rng.choice(
                        (
                            "Shipped the mobile app",
                            "Gave a keynote",
                            "Published a paper",
                            "Promoted to lead",
                        )
                    ),
                    d.month,
                    d.day,
                    d.year,
                    0,
                    None,
                    "",
                    d.month * 100 + d.day,
                )
            )
    cur = db.cursor()
    with db.atomic():
        cur.executemany(
            "INSERT INTO contact (id, uid, created_at, updated_at, first_name, last_name, nickname, display_name, "
            "company, title, relationship, how_met, location, timezone, works_on, excited_about, finds_hard, "
            "preferences, topics_next, notes, cadence_days, archived) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            contact_rows,
        )
        cur.executemany(
            "INSERT INTO contact_detail (contact_id, kind, value, label, normalized, position) "
            "VALUES (?,?,?,?,?,?)",
            detail_rows,
        )
        cur.executemany(
            "INSERT OR IGNORE INTO tag (id, name) VALUES (?, ?)",
            [(i + 1, t) for i, t in enumerate(TAGS)],
        )
        cur.executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tag_links
        )
        cur.executemany(
            "INSERT INTO interaction (id, uid, created_at, updated_at, occurred_at, kind, summary, notes, "
            "initiated_by, milestone_uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
            inter_rows,
        )
        cur.executemany(
            "INSERT INTO interaction_contact (interaction_id, contact_id, occurred_at) VALUES (?,?,?)",
            link_rows,
        )
        cur.executemany(
            "INSERT INTO follow_up (uid, created_at, updated_at, contact_id, interaction_id, text, "
            "direction, due, snoozed_until, done_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            fu_rows,
        )
        cur.executemany(
            "INSERT INTO milestone (uid, created_at, updated_at, contact_id, kind, label, month, day, "
            "year, recurring, lead_days, note, month_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ms_rows,
        )
        db.execute_sql("UPDATE tag SET cadence_days = 90 WHERE name = 'board'")
        search_index.rebuild_all(db)
        checkins.refresh()
    db.execute_sql("ANALYZE")  # fresh statistics after a bulk load, for the query planner
    return {
        "contacts": len(contact_rows),
        "interactions": len(inter_rows),
        "follow_ups": len(fu_rows),
        "milestones": len(ms_rows),
    }
