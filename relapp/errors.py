"""Error types the user may see. Anything raised as :class:`UserError` is shown as one clear line
(CLI: stderr, exit 2; window: a message box) instead of a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable environment, described in words a user understands."""


class ValidationError(UserError):
    """A value the user entered is not acceptable; ``field`` names the field when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserError):
    """A contact, interaction or other record named by the user does not exist."""


class DatabaseError(UserError):
    """The database file cannot be opened, is damaged, or was made by a newer relapp."""
