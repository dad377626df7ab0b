"""Saving a set of settings at once, as the Settings dialog does: all checked first, then written
together, then what depends on them recomputed.

:func:`validate_settings` checks every value against its declaration in
:mod:`relapp.services.settings` (type, choices, HH:MM times) plus the rules that only make sense
across values or for numbers (quiet hours need two different times; counts and days within
:func:`int_range`). :func:`save_settings` writes the values that changed in one transaction and,
when a default cadence changed, refreshes every contact's stored check-in due date. Nothing is
written when any value is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from relapp.errors import ValidationError
from relapp.services import checkins, settings
from relapp.store.db import database

# Bounds for whole-number settings, by exact key or by prefix ending in ".".
INT_RANGES: dict[str, tuple[int, int]] = {
    "cadence.": (0, 3650),
    "lead_days.": (0, 90),
    "backup.keep_": (0, 365),
    "digest_threshold": (1, 100),
    "reach_out_limit": (1, 50),
}
DEFAULT_INT_RANGE = (0, 100_000)
TIME_SUFFIXES = ("_time", "_start", "_end")


@dataclass(frozen=True)
class SaveResult:
    changed: tuple[str, ...]  # keys whose stored value changed, in SPECS order

    @property
    def cadences_changed(self) -> bool:
        return any(key.startswith("cadence.") for key in self.changed)


def int_range(key: str) -> tuple[int, int]:
    """The smallest and largest value accepted for the whole-number setting ``key``."""
    if key in INT_RANGES:
        return INT_RANGES[key]
    for prefix, bounds in INT_RANGES.items():
        if prefix.endswith((".", "_")) and key.startswith(prefix):
            return bounds
    return DEFAULT_INT_RANGE


def is_time_key(key: str) -> bool:
    spec = settings.SPECS[key]
    return spec.type is str and not spec.choices and key.endswith(TIME_SUFFIXES)


def _check_one(key: str, value: Any) -> Any:
    if key not in settings.SPECS:
        raise ValidationError(f"unknown setting {key!r}", field=key)
    spec = settings.SPECS[key]
    if spec.type is int and isinstance(value, bool) or not isinstance(value, spec.type):
        raise ValidationError(f"{spec.label}: expected {spec.type.__name__}", field=key)
    if isinstance(value, str):
        value = value.strip()
    if spec.choices and value not in spec.choices:
        raise ValidationError(
            f"{spec.label}: choose one of {', '.join(map(str, spec.choices))}", field=key
        )
    if is_time_key(key):
        h, m = settings.parse_hhmm(value, field=key)
        value = f"{h:02d}:{m:02d}"
    if spec.type is int:
        low, high = int_range(key)
        if not low <= value <= high:
            raise ValidationError(f"{spec.label}: must be between {low} and {high}", field=key)
    if spec.type is list:
        value = [str(item).strip() for item in value if str(item).strip()]
    return value


def validate_settings(*, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``values`` and return them normalised ("7:05" becomes "07:05", texts trimmed).
    Raises :class:`ValidationError` naming the first bad field; nothing is written."""
    clean = {key: _check_one(key, value) for key, value in values.items()}

    def value(key: str) -> Any:
        return clean[key] if key in clean else settings.get(key)

    if value("quiet_hours_enabled") and value("quiet_hours_start") == value("quiet_hours_end"):
        raise ValidationError(
            "quiet hours must start and end at different times", field="quiet_hours_end"
        )
    return clean


def save_settings(*, values: Mapping[str, Any]) -> SaveResult:
    """Validate ``values``, store those that differ from the current ones (one transaction) and
    refresh stored check-in due dates when a default cadence changed."""
    clean = validate_settings(values=values)
    changed = tuple(
        key for key in settings.SPECS if key in clean and clean[key] != settings.get(key)
    )
    if changed:
        with database.atomic():
            for key in changed:
                settings.set(key, clean[key])
            result = SaveResult(changed)
            if result.cadences_changed:
                checkins.refresh(activity=False)
    return SaveResult(changed)
