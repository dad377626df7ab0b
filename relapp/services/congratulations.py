"""Congratulation drafts for celebrations (turning 40, 5 years at the company, the promotion, the
new job, a win) and the ``mailto:`` link that opens one in the user's mail program. Pure functions
over plain values: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Draft:
    """A short message the user can copy or open in a mail program, and edit before sending."""

    subject: str
    body: str

    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st..."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural_years(n: int) -> str:
    return f"{n} year" if n == 1 else f"{n} years"


def occasion(kind: str, years: int | None) -> str:
    """The few words naming what happens: "turning 40", "5 years", "" when nothing is known."""
    if years is None:
        return ""
    if kind == "birthday":
        return f"turning {years}"
    return plural_years(years)


def congratulation_draft(
    *, kind: str, first_name: str, years: int | None = None, label: str = "", company: str = ""
) -> Draft:
    """A friendly, short draft for a milestone of ``kind``; ``years`` when the year is known."""
    hello = f"Hi {first_name.strip()}," if first_name.strip() else "Hi,"
    label = label.strip()
    where = company.strip() or "the company"
    if kind == "birthday":
        subject = f"Happy {ordinal(years)} birthday!" if years else "Happy birthday!"
        line = (
            f"Happy {ordinal(years)} birthday! I hope you get to celebrate turning {years} properly."
            if years
            else "Happy birthday! I hope you have a wonderful day."
        )
        wish = "Wishing you a great year ahead."
    elif kind == "work_anniversary":
        if years:
            subject = f"Congratulations on {plural_years(years)} at {where}!"
            line = f"Congratulations on {plural_years(years)} at {where}! That is quite a run."
        else:
            subject = "Happy work anniversary!"
            line = f"Happy work anniversary at {where}!"
        wish = "Here's to the next chapter."
    elif kind == "promotion":
        subject = "Congratulations on the promotion!"
        line = (
            "Congratulations on the promotion"
            + (f" ({label})" if label else "")
            + "! Very well deserved."
        )
        wish = "I'm excited to see what you do with the new role."
    elif kind == "new_job":
        if years:
            subject = f"{plural_years(years)} in the new job - congratulations!"
            line = (
                f"It's been {plural_years(years)} since you started the new job"
                + (f" ({label})" if label else "")
                + ". Congratulations!"
            )
        else:
            subject = "Congratulations on the new job!"
            line = "Congratulations on the new job" + (f" ({label})" if label else "") + "!"
        wish = "I hope it's everything you wanted - let me know how it's going."
    elif kind == "achievement":
        subject = f"Congratulations: {label}!" if label else "Congratulations!"
        line = (
            f"Congratulations - {label}! That is a real achievement."
            if label
            else ("Congratulations on your achievement!")
        )
        wish = "I'd love to hear how it came together."
    else:
        subject = label or "Thinking of you"
        line = f"Thinking of you today: {label}." if label else "Thinking of you today."
        wish = "Hope all is well."
    return Draft(subject=subject, body=f"{hello}\n\n{line} {wish}\n\nBest,\n")


def mailto_url(*, to: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): every part percent-encoded, line breaks as CRLF."""
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(to.strip(), safe='@')}"
        f"?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
    )
