"""Dates as police and partner agencies write them, read day-first (UK)."""

from __future__ import annotations

import datetime as dt
import re

_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y",
            "%d %B %y", "%d %b %y", "%B %d, %Y", "%b %d, %Y", "%d %B, %Y")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", re.IGNORECASE)


def parse_date(raw: str) -> str:
    """Answer `raw` as an ISO date (`YYYY-MM-DD`), reading numeric dates day-first.

    Raises `ValueError` when it is not a date in a form reports use.

    >>> parse_date("12/03/2024"), parse_date("12 March 24"), parse_date("2024-03-12")
    ('2024-03-12', '2024-03-12', '2024-03-12')
    """
    text = _WEEKDAY.sub("", _ORDINAL.sub("", raw.strip()))
    text = " ".join(text.split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].*", text):
        text = text[:10]
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"date {raw[:40]!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
