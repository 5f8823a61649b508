"""Dates: parse publication dates in the formats news sources use, read the date of a story's
dateline, and resolve relative expressions ("on Wednesday", "this week", "last month") against
the article's date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_AGO = re.compile(r"\b(\d+|" + "|".join(_COUNTS) + r")\s+(day|week)s?\s+ago\b")
_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y%m%d")


def parse_date(value: str) -> date | None:
    """An ISO 8601, RFC 822 (RSS) or common written date; None if it is not a date."""
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", value)
    if iso:
        try:
            return date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                        "nov", "dec")  # fmt: skip


def _month(group: str) -> str:
    return rf"(?P<{group}>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"


# A dateline, the place a story was filed from at the start of its first paragraph, and its
# date when it gives one: "JERUSALEM, Nov 4 (Reuters) -", "SULAIMANIYAH, Iraq, July 11, 2024
# (Reuters) -", "KYIV, 3 March (AFP) -", "BAGHDAD (AP) —", "BRUSSELS:", and the South Asian
# agencies' "New Delhi [India], May 5 (ANI):". The place is in capitals or followed by its
# country in brackets; an agency or a dash closes the dateline.
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’/ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+){0,3})*"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\[[A-Z][A-Za-z ]{1,30}\])"
    rf"(?:,\s*(?:{_month('month')}\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day_first>\d{{1,2}})\s+{_month('month2')})(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r"\s*,?\s*(?:(?:\([^)]{1,40}\))?\s*(?:[-—–]+|:)\s"  # "BRASILIA, (Reuters) –" too
    r"|\([^)]{1,40}\)\s*[-—–]+(?=[A-Z][a-z])"  # "THE HAGUE (Reuters) -Judges"
    r"|\([A-Z][A-Za-z]{1,10}\)\s+(?=[A-Z]))"  # "NEW DELHI, Feb 11 (PTI) External Affairs"
)


_HEADLINE_WORDS = 30


SENTENCE_ENDS = '.!?"”'  # how a sentence ends, and a headline never does


def headline_end(text: str) -> int | None:
    """Where a headline on the text's first line ends: at a blank line within the first 400
    characters, or at a single line break after a first line of at most 30 words that ends
    without a full stop ("EU Welcomes Ukraine-U.S. Minerals Pact\nBRUSSELS: ..."); None
    when the text opens with its body."""
    blank = text.find("\n\n", 0, 400)
    if blank >= 0:
        return blank
    line = text.find("\n", 0, 400)
    first = text[:line].strip() if line > 0 else ""
    if first and first[-1] not in SENTENCE_ENDS and len(first.split()) <= _HEADLINE_WORDS:
        return line
    return None


def dateline_starts(text: str) -> list[int]:
    """Where a dateline may start: the text, and the first paragraph after a headline."""
    end = headline_end(text)
    if end is None:
        return [0]
    return [0, len(text) - len(text[end:].lstrip("\n"))]


def dateline_date(text: str, anchor: date) -> date | None:
    """The day a story's dateline names, at the start of the text or of the first paragraph
    after a headline; None without one. A dateline without a year ("May 14") is the latest such
    day on or before `anchor` (when the story was published or read), as wire copy is dated
    within the year it is filed."""
    found = next(filter(None, (DATELINE.match(text, s) for s in dateline_starts(text))), None)
    if found is None or not (found["month"] or found["month2"]):
        return None
    return _month_day(found, anchor, ahead_days=0)


def resolve_relative(expression: str, anchor: date | None, ahead: bool = False) -> date | None:
    """The day a relative expression refers to, read from the article's publication date.

    Weekday names refer to the most recent such day on or before the anchor (news reports past
    events), or with `ahead` (a clause in the future tense: "will meet him on Tuesday") the next
    such day on or after it; "yesterday"/"today" and "three weeks ago" shift by days; an
    explicit date is taken as written, and a month and day in the year that puts it nearest the
    anchor (see `_month_day`); "next week", "next month", "next Tuesday" the first day of what
    they name (after the anchor, so what they date is planned); and None for anything vaguer
    ("this week", "last month"): callers then use the article date.
    """
    if anchor is None:
        return None
    text = expression.lower()
    if text.startswith("next "):  # "next week", "next Tuesday": ahead of the story, and
        return _next(text[5:], anchor)  # so planned, not done
    for index, name in enumerate(_WEEKDAYS):
        if name in text:
            if ahead and "last" not in text:
                return anchor + timedelta(days=(index - anchor.weekday()) % 7)
            back = (anchor.weekday() - index) % 7
            if "last" in text and back == 0:
                back = 7
            return anchor - timedelta(days=back)
    if "yesterday" in text:
        return anchor - timedelta(days=1)
    if "today" in text or "tonight" in text:
        return anchor
    ago = _AGO.search(text)  # "three weeks ago", "10 days ago"
    if ago is not None:
        count = int(ago[1]) if ago[1].isdigit() else _COUNTS[ago[1]]
        return anchor - timedelta(days=count * (7 if ago[2] == "week" else 1))
    explicit = parse_date(expression)
    if explicit is not None:
        return explicit
    named = _MONTH_DAY.search(expression)
    return _month_day(named, anchor, _PLANNED_DAYS) if named is not None else None


def _next(unit: str, anchor: date) -> date | None:
    """The first day of what 'next <unit>' names: a weekday's next date, or the first day of
    the next week (Monday), month or year."""
    for index, name in enumerate(_WEEKDAYS):
        if unit.startswith(name):
            return anchor + timedelta(days=(index - anchor.weekday()) % 7 or 7)
    span = unit.split()[0] if unit else ""
    if span == "week":
        return anchor + timedelta(days=7 - anchor.weekday())
    if span == "month":
        return date(anchor.year + anchor.month // 12, anchor.month % 12 + 1, 1)
    if span == "year":
        return date(anchor.year + 1, 1, 1)
    return None


# A day of a month as the body of a story writes it: "on Aug. 25", "March 3, 2024", "3 March".
_MONTH_DAY = re.compile(
    rf"{_month('month')}\s+(?P<day>\d{{1,2}})\b(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|\b(?P<day_first>\d{{1,2}})\s+{_month('month2')}(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
)
_PLANNED_DAYS = 92  # how far ahead of its date a story's body tells what is planned


def names_a_day_of_a_month(expression: str) -> bool:
    """Does the expression name a day by its month ("on Aug. 25", "3 March")?"""
    return _MONTH_DAY.search(expression) is not None


def _month_day(found: re.Match, anchor: date, ahead_days: int) -> date | None:
    """The date a month and day name (a dateline's or a `_MONTH_DAY` match): in the year
    written, else in the anchor's year, or the year before when that would be more than
    `ahead_days` after the anchor (a dateline is never ahead of its story; a story's body tells
    of the past and of what is planned for the coming weeks: "on Dec. 8" in a January story)."""
    month = _MONTH_ABBREVIATIONS.index((found["month"] or found["month2"])[:3].lower()) + 1
    day = int(found["day"] or found["day_first"])
    written = found["year"] or found.groupdict().get("year2")
    year = int(written) if written else anchor.year
    try:
        named = date(year, month, day)
        if not written and (named - anchor).days > ahead_days:
            named = date(year - 1, month, day)
    except ValueError:  # "Feb 30", or Feb 29 in the year before
        return None
    return named
