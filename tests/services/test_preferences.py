"""Saving several settings at once: all checked before any is written, times normalised, bounds
kept, and a cadence change refreshing stored due dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from relapp.errors import ValidationError
from relapp.services import preferences, settings


@hsettings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=8))
def test_any_text_is_a_normalised_time_or_refused(db, text: str) -> None:
    try:
        clean = preferences.validate_settings(values={"delivery_time": text})
    except ValidationError as exc:
        assert exc.field == "delivery_time"
        return
    value = clean["delivery_time"]
    assert re.fullmatch(r"\d\d:\d\d", value)
    h, m = map(int, value.split(":"))
    assert 0 <= h < 24 and 0 <= m < 60


def test_refused_value_writes_nothing(db) -> None:
    with pytest.raises(ValidationError) as err:
        preferences.save_settings(values={"cadence.friend": 9, "lead_days.birthday": 1000})
    assert err.value.field == "lead_days.birthday"
    assert settings.get("cadence.friend") == 60


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("theme", "sepia"),
        ("start_minimized", 1),
        ("cadence.client", True),
        ("cadence.client", -1),
        ("digest_threshold", 0),
        ("no.such.key", 1),
    ],
)
def test_bad_values_are_refused(db, key: str, value: object) -> None:
    with pytest.raises(ValidationError):
        preferences.validate_settings(values={key: value})


def test_only_changed_keys_are_reported(db) -> None:
    result = preferences.save_settings(values={"delivery_time": "09:00", "cadence.mentee": 7})
    assert result.changed == ("cadence.mentee",)
    assert result.cadences_changed
    assert preferences.save_settings(values={"cadence.mentee": 7}).changed == ()


def test_quiet_hours_may_be_equal_when_disabled(db) -> None:
    values = {
        "quiet_hours_enabled": False,
        "quiet_hours_start": "22:00",
        "quiet_hours_end": "22:00",
    }
    assert preferences.save_settings(values=values).changed
    with pytest.raises(ValidationError):
        preferences.save_settings(values={"quiet_hours_enabled": True})


def test_every_declared_int_default_is_within_its_bounds() -> None:
    for key, spec in settings.SPECS.items():
        if spec.type is int:
            low, high = preferences.int_range(key)
            assert low <= spec.default <= high, key
