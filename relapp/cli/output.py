"""Small helpers the command modules share: JSON printing and date arguments."""

from __future__ import annotations

import datetime as dt
import json
import sys

from relapp.errors import ValidationError
from relapp.services.dates import parse_iso_date


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def date_arg(text: str | None, *, name: str = "--date") -> dt.date | None:
    """Parse an optional ISO date argument; a bad one is a UserError naming the option."""
    if text is None:
        return None
    try:
        return parse_iso_date(text, field=name)
    except ValidationError as exc:
        raise ValidationError(f"{name}: {exc}", field=name) from None
