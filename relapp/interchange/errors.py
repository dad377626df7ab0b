"""The one error the interchange readers raise for bad input: :class:`FormatError`.

It is a :class:`relapp.errors.UserError`, so the CLI prints it as one line and the window shows it
in a message box. ``line`` is the 1-based physical line of the file where the problem was found,
or None when the problem concerns the file as a whole (empty, binary, unknown encoding).
"""

from __future__ import annotations

from relapp.errors import UserError


class FormatError(UserError):
    """The file cannot be read as contacts; the message says why and, when known, where."""

    def __init__(self, message: str, *, line: int | None = None, path: str | None = None) -> None:
        where = ""
        if path:
            where = f"{path}: "
        if line is not None:
            where += f"line {line}: "
        super().__init__(where + message)
        self.line = line
        self.path = path
        self.reason = message
