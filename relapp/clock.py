"""The one place relapp asks what time it is, so tests, screenshots and ``--date`` can fix it.

``RELAPP_FAKE_NOW`` (ISO date or datetime) fixes the clock for a whole process; tests use
:func:`set_now`. Everything else calls :func:`now` / :func:`today`.
"""

from __future__ import annotations

import datetime as dt
import os

_fixed: dt.datetime | None = None


def set_now(value: dt.datetime | dt.date | None) -> None:
    """Fix the clock at ``value`` (a date means 09:00 that day); None returns to real time."""
    global _fixed
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(9, 0))
    _fixed = value


def now() -> dt.datetime:
    if _fixed is not None:
        return _fixed
    env = os.environ.get("RELAPP_FAKE_NOW")
    if env:
        parsed = dt.datetime.fromisoformat(env)
        if len(env) <= 10:
            parsed = parsed.replace(hour=9)
        return parsed
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()
