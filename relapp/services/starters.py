"""Conversation starters: open questions built from what I know about someone.

From the profile ("How is the data migration going?" from what they work on, "How is learning Rust
coming along?" from what excites them, "Anything I could do to help with hiring?" from what they
find hard), from the recent timeline (a promise of theirs from the last conversation, the topic of
that conversation, "Ask how ..." notes) and, to fill up, the general list in settings
(``conversation_starters``). Pure text rules, no database: the brief gathers the inputs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PRONOUNS = {
    "their": "your",
    "theirs": "yours",
    "they": "you",
    "them": "you",
    "themselves": "yourself",
    "they're": "you're",
    "they've": "you've",
}
# Leading words that are lowered inside a sentence ("The launch" -> "How is the launch going?");
# anything else may be a name ("Northwind launch", "Q3 planning") and keeps its capital.
_LOWER_FIRST = {
    "the",
    "a",
    "an",
    "their",
    "my",
    "our",
    "this",
    "that",
    "these",
    "those",
    "some",
    "new",
    "two",
    "three",
}
_PRONOUN_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(_PRONOUNS, key=len, reverse=True)) + r")\b", re.I
)
_TOPIC_MARKERS = (" about ", " on ", ": ")
_ASK_HOW = re.compile(r"^ask how (.+?) (is|are|was|were|did|does|do) (.+)$", re.I)
_ASK_WENT = re.compile(r"^ask how (.+?) went$", re.I)
_ASK_ABOUT = re.compile(r"^ask (?:them |him |her )?about (.+)$", re.I)
# A win's label usually starts with a verb in the past ("Shipped the app", "Gave the keynote"):
# congratulating on it takes the -ing form ("on shipping the app", "on giving the keynote").
_IRREGULAR_ING = {
    "became": "becoming",
    "began": "beginning",
    "bought": "buying",
    "broke": "breaking",
    "built": "building",
    "did": "doing",
    "drew": "drawing",
    "gave": "giving",
    "got": "getting",
    "grew": "growing",
    "had": "having",
    "held": "holding",
    "hit": "hitting",
    "led": "leading",
    "made": "making",
    "met": "meeting",
    "ran": "running",
    "sold": "selling",
    "spoke": "speaking",
    "swam": "swimming",
    "taught": "teaching",
    "took": "taking",
    "went": "going",
    "won": "winning",
    "wrote": "writing",
}
# Past participles that describe something done *to* them: "Promoted to Staff" -> "being promoted".
_PASSIVE = {
    "admitted",
    "appointed",
    "awarded",
    "chosen",
    "elected",
    "featured",
    "hired",
    "named",
    "nominated",
    "promoted",
    "recognised",
    "recognized",
    "selected",
}
_PASSIVE_IF_FOLLOWED = (
    {"accepted", "invited", "certified"},
    {"to", "into", "as", "at", "for", "by"},
)
_POSSESSIVE_START = {"his": "your", "her": "your", "your": "your"}
_NEWS = re.compile(r"(^|\s)(was|were|is|are|has|have|had been)\s", re.I)
_DETERMINERS = {"the", "a", "an", "your", "my", "our", "this", "that", "some"}


@dataclass(frozen=True)
class StarterInputs:
    works_on: str = ""
    excited_about: str = ""
    finds_hard: str = ""
    topics_next: str = ""
    last_summary: str = ""
    last_follow_ups: Sequence[tuple[str, str, bool]] = ()  # (direction, text, done)
    recent_win: str = ""  # the label of their most recent win ("Shipped the mobile app")


def to_you(text: str) -> str:
    """Speak to the person: "their team" -> "your team"."""

    def swap(m: re.Match[str]) -> str:
        word = _PRONOUNS[m.group(1).lower()]
        return word.capitalize() if m.group(1)[0].isupper() else word

    return _PRONOUN_RE.sub(swap, text)


def clause(text: str) -> str:
    """The first item of a free-text field, ready to sit inside a sentence."""
    first = re.split(r"[\n;]|\. ", text.strip(), maxsplit=1)[0].strip().rstrip(".!?")
    word = first.split(" ", 1)[0]
    if (
        word[:1].isupper()
        and word[1:].islower()
        and (word.lower() in _LOWER_FIRST or word.endswith("ing"))
    ):
        first = first[0].lower() + first[1:]
    return to_you(first)


def topic_of(summary: str) -> str:
    """The subject of an interaction summary: "Coffee catch-up about the launch" -> "the launch"."""
    text = summary.strip()
    lowered = text.lower()
    best = -1
    cut = 0
    for marker in _TOPIC_MARKERS:
        at = lowered.rfind(marker)
        if at > best:
            best, cut = at, at + len(marker)
    return clause(text[cut:]) if best >= 0 and text[cut:].strip() else ""


def ask_question(note: str) -> tuple[str, str] | None:
    """A note like "Ask how the new hire is doing" as ``(topic, "How is the new hire doing?")``."""
    text = note.strip().rstrip(".?!")
    m = _ASK_WENT.match(text)
    if m:
        subject = to_you(m.group(1))
        return subject.lower(), f"How did {subject} go?"
    m = _ASK_HOW.match(text)
    if m:
        subject = to_you(m.group(1))
        return subject.lower(), f"How {m.group(2).lower()} {subject} {to_you(m.group(3))}?"
    m = _ASK_ABOUT.match(text)
    if m:
        subject = clause(m.group(1))
        return subject.lower(), f"What's the latest on {subject}?"
    return None


def _gerund(verb: str) -> str | None:
    """ "shipped" -> "shipping", "gave" -> "giving"; None when ``verb`` is not a past-tense verb."""
    word = verb.lower()
    if word in _IRREGULAR_ING:
        return _IRREGULAR_ING[word]
    if len(word) < 4 or not word.endswith("ed") or word.endswith("eed"):
        return None
    if word.endswith("ied"):
        return word[:-3] + "ying"  # applied -> applying
    return word[:-2] + "ing"  # launched -> launching, shipped -> shipping, closed -> closing


def win_phrase(label: str) -> str:
    """What the congratulation is on: "Shipped the mobile app" -> "shipping the mobile app",
    "Promoted to Staff Engineer" -> "being promoted to Staff Engineer", "Keynote at PyCon" ->
    "your keynote at PyCon"."""
    text = " ".join(label.split()).rstrip(".!?")
    if not text:
        return ""
    first, _, rest = text.partition(" ")
    word = first.lower()
    tail = to_you(rest)
    after = rest.split(" ", 1)[0].lower()
    if word in _PASSIVE or (word in _PASSIVE_IF_FOLLOWED[0] and after in _PASSIVE_IF_FOLLOWED[1]):
        return " ".join(x for x in ("being", word, tail) if x)
    if _NEWS.search(rest):  # a whole sentence: "Her book was published"
        who = _POSSESSIVE_START.get(word)
        lower = word in _LOWER_FIRST or word in _PRONOUNS
        news = f"{who} {tail}" if who else to_you(text[0].lower() + text[1:] if lower else text)
        return f"the news that {news}"
    gerund = _gerund(word)
    if gerund:
        return " ".join(x for x in (gerund, tail) if x)
    if word in _POSSESSIVE_START:
        return " ".join(x for x in (_POSSESSIVE_START[word], tail) if x)
    phrase = clause(text)  # a name keeps its capital ("your Northwind launch")
    if phrase.split(" ", 1)[0].lower() in _DETERMINERS or phrase.split(" ", 1)[0].endswith("ing"):
        return phrase  # "the launch", "your first marathon", "finishing the course"
    return f"your {phrase}"


def congratulation_starter(label: str) -> str:
    """The opener for a recent win: "Congratulations on shipping the mobile app \u2014 how did you
    celebrate?"."""
    phrase = win_phrase(label)
    if not phrase:
        return ""
    return f"Congratulations on {phrase} \u2014 how did you celebrate?"


def personal_starters(inp: StarterInputs) -> list[tuple[str, str]]:
    """``(topic, question)`` pairs from the profile and timeline, most specific first (a recent
    win first of all: it is the freshest news)."""
    out: list[tuple[str, str]] = []
    if inp.recent_win.strip():
        out.append((inp.recent_win.strip().lower(), congratulation_starter(inp.recent_win)))
    if inp.works_on.strip():
        w = clause(inp.works_on)
        out.append((w.lower(), f"How is {w} going?"))
    for direction, text, done in inp.last_follow_ups:
        asked = ask_question(text)
        if asked:
            out.append(asked)
        elif direction == "they_owe" and not done:
            out.append((text.strip().lower(), f'Any progress on "{text.strip()}"?'))
    for line in inp.topics_next.splitlines():
        asked = ask_question(line)
        if asked:
            out.append(asked)
    if inp.excited_about.strip():
        e = clause(inp.excited_about)
        out.append((e.lower(), f"How is {e} coming along?"))
    if inp.finds_hard.strip():
        h = clause(inp.finds_hard)
        out.append((h.lower(), f"Anything I could do to help with {h}?"))
    if inp.last_summary.strip():
        t = topic_of(inp.last_summary)
        if t:
            out.append((t.lower(), f"What happened next with {t}?"))
    return out


def conversation_starters(
    inp: StarterInputs, general: Sequence[str], *, count: int = 3
) -> list[str]:
    """``count`` open questions: personal ones first (one per topic), then the general list."""
    seen_topics: set[str] = set()
    seen: set[str] = set()
    out: list[str] = []
    for topic, question in personal_starters(inp):
        if topic in seen_topics or question.lower() in seen:
            continue
        seen_topics.add(topic)
        seen.add(question.lower())
        out.append(question)
    for question in general:
        q = question.strip()
        if q and q.lower() not in seen:
            seen.add(q.lower())
            out.append(q)
    return out[:count]
