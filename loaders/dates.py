"""Dates: parse publication dates in the formats news sources use, and resolve relative
expressions ("on Wednesday", "this week", "last month") against the article's date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
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


def resolve_relative(expression: str, anchor: date | None) -> date | None:
    """The day a relative expression refers to, read from the article's publication date.

    Weekday names refer to the most recent such day on or before the anchor (news reports past
    events); "yesterday"/"today" shift by days; an explicit date is taken as written; and
    None for anything vaguer ("this week", "last month"): callers then use the article date.
    """
    if anchor is None:
        return None
    text = expression.lower()
    for index, name in enumerate(_WEEKDAYS):
        if name in text:
            back = (anchor.weekday() - index) % 7
            if "last" in text and back == 0:
                back = 7
            return anchor - timedelta(days=back)
    if "yesterday" in text:
        return anchor - timedelta(days=1)
    if "today" in text or "tonight" in text:
        return anchor
    explicit = parse_date(expression)
    if explicit is not None:
        return explicit
    return None
