"""Every user setting declared once, with its type and default, stored as JSON in the database.

The window, the CLI and the reminder engine read settings through :func:`get`; unknown keys are a
programming error. Window geometry is not a setting: the UI keeps it in QSettings.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from relapp.errors import ValidationError
from relapp.store.models import Setting


class Spec(NamedTuple):
    key: str
    type: type
    default: Any
    label: str
    choices: tuple[Any, ...] = ()


DEFAULT_STARTERS = [
    "What has been the most interesting part of your work lately?",
    "What are you looking forward to this month?",
    "Is there anything I can help with right now?",
    "What's something you learned recently?",
    "How has your team been doing?",
]

SPECS: dict[str, Spec] = {
    s.key: s
    for s in (
        Spec("delivery_time", str, "09:00", "Daily reminder time (HH:MM)"),
        Spec("quiet_hours_enabled", bool, True, "Hold notifications during quiet hours"),
        Spec("quiet_hours_start", str, "21:00", "Quiet hours start (HH:MM)"),
        Spec("quiet_hours_end", str, "08:00", "Quiet hours end (HH:MM)"),
        Spec("digest_threshold", int, 3, "Group missed reminders into one digest above"),
        Spec("cadence.manager", int, 14, "Default check-in cadence for managers (days)"),
        Spec("cadence.report", int, 14, "Default check-in cadence for reports (days)"),
        Spec("cadence.mentor", int, 30, "Default check-in cadence for mentors (days)"),
        Spec("cadence.mentee", int, 21, "Default check-in cadence for mentees (days)"),
        Spec("cadence.client", int, 30, "Default check-in cadence for clients (days)"),
        Spec("cadence.coworker", int, 60, "Default check-in cadence for coworkers (days)"),
        Spec("cadence.collaborator", int, 45, "Default check-in cadence for collaborators (days)"),
        Spec("cadence.friend", int, 60, "Default check-in cadence for friends (days)"),
        Spec("cadence.other", int, 0, "Default check-in cadence for others (days, 0 = none)"),
        Spec("lead_days.birthday", int, 3, "Remind days before a birthday"),
        Spec("lead_days.work_anniversary", int, 2, "Remind days before a work anniversary"),
        Spec("lead_days.other", int, 1, "Remind days before other milestones"),
        Spec("start_at_login", bool, False, "Start relapp when I log in"),
        Spec("start_minimized", bool, False, "Start in the tray"),
        Spec("close_to_tray", bool, True, "Closing the window keeps relapp in the tray"),
        Spec("close_to_tray_notice_shown", bool, False, "The close-to-tray notice was shown"),
        Spec("theme", str, "system", "Theme", ("system", "light", "dark")),
        Spec("reach_out_limit", int, 5, "People in \u201cReach out this week\u201d"),
        Spec("follow_up_draft_reminder", bool, True, "Remind me to send follow-up notes"),
        Spec("conversation_starters", list, DEFAULT_STARTERS, "General conversation starters"),
        Spec("backup.keep_daily", int, 7, "Daily backups to keep"),
        Spec("backup.keep_weekly", int, 4, "Weekly backups to keep"),
        Spec("backup.daily_enabled", bool, True, "Back up daily while relapp runs"),
    )
}


def _spec(key: str) -> Spec:
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None


def get(key: str) -> Any:
    spec = _spec(key)
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return spec.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return spec.default
    return value if isinstance(value, spec.type) else spec.default


def set(key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    spec = _spec(key)
    if spec.type is int and isinstance(value, bool) or not isinstance(value, spec.type):
        raise ValidationError(f"{spec.label}: expected {spec.type.__name__}", field=key)
    if spec.choices and value not in spec.choices:
        raise ValidationError(f"{spec.label}: choose one of {', '.join(spec.choices)}", field=key)
    if spec.type is str and key.endswith(("_time", "_start", "_end")):
        parse_hhmm(str(value), field=key)
    Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in SPECS}


def parse_hhmm(text: str, *, field: str = "time") -> tuple[int, int]:
    try:
        hh, mm = text.split(":")
        h, m = int(hh), int(mm)
    except ValueError:
        raise ValidationError(f"{text!r} is not a time of day (HH:MM)", field=field) from None
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValidationError(f"{text!r} is not a time of day (HH:MM)", field=field)
    return h, m
