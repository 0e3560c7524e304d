"""Canonical values of identifiers, amounts and dates as police write them."""

from __future__ import annotations

import datetime as dt
import re

from ocgmap.nlp.data.words import MONTHS
from ocgmap.normalise import phone_e164

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def phone_value(raw: str, region: str = "GB") -> str | None:
    """Answer `raw` as an E.164 number, or None (see `ocgmap.normalise.phone_e164`)."""
    return phone_e164(raw, region)


def vehicle_value(raw: str) -> str:
    """Answer a registration in upper case without spaces or dashes.

    >>> vehicle_value("ab12 cde"), vehicle_value("CT 19 GDU")
    ('AB12CDE', 'CT19GDU')
    """
    return _NOT_ALNUM.sub("", raw).upper()


_CURRENCY_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "US$": "USD", "GBP": "GBP",
                     "EUR": "EUR", "USD": "USD"}
_CURRENCY_WORDS = {"pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR",
                   "dollar": "USD", "dollars": "USD", "yuan": "CNY", "rmb": "CNY",
                   "lei": "RON", "leu": "RON", "naira": "NGN", "dong": "VND",
                   "zloty": "PLN", "zlotys": "PLN", "lek": "ALL", "leke": "ALL"}
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000,
                "bn": 1_000_000_000, "billion": 1_000_000_000}


def money_value(amount: str, currency: str, multiplier: str = "") -> tuple[float, str] | None:
    """Answer (amount, ISO currency) of a written amount, or None.

    >>> money_value("3,150", "£"), money_value("3000", "euros"), money_value("1.2", "£", "m")
    ((3150.0, 'GBP'), (3000.0, 'EUR'), (1200000.0, 'GBP'))
    """
    code = _CURRENCY_SYMBOLS.get(currency) or _CURRENCY_WORDS.get(currency.lower())
    if code is None:
        return None
    try:
        value = float(amount.replace(",", ""))
    except ValueError:
        return None
    return value * _MULTIPLIERS.get(multiplier.lower(), 1), code


def money_text(value: float, currency: str) -> str:
    """Answer the canonical text of an amount.

    >>> money_text(3150.0, "GBP"), money_text(2.5, "EUR")
    ('GBP 3150', 'EUR 2.50')
    """
    return f"{currency} {value:.0f}" if value.is_integer() else f"{currency} {value:.2f}"


def year_value(raw: str) -> int:
    """Answer a four-digit year for a two- or four-digit one (70–99 are 1900s).

    >>> year_value("24"), year_value("1972"), year_value("85")
    (2024, 1972, 1985)
    """
    year = int(raw)
    if len(raw) <= 2:
        year += 1900 if year >= 70 else 2000
    return year


def date_value(day: str | None, month: str, year: str) -> str | None:
    """Answer an ISO date (or `YYYY-MM` without a day) read day-first, or None if invalid.

    >>> date_value("12", "03", "2024"), date_value("19", "April", "24")
    ('2024-03-12', '2024-04-19')
    >>> date_value(None, "Feb", "2024")
    '2024-02'

    >>> date_value("31", "02", "2024") is None
    True
    """
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if number is None or not 1 <= number <= 12:
        return None
    full_year = year_value(year)
    if day is None:
        return f"{full_year:04d}-{number:02d}"
    try:
        return dt.date(full_year, number, int(day)).isoformat()
    except ValueError:
        return None
