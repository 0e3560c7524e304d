"""Canonical forms of identifiers, so that the same phone, vehicle or e-mail is one node."""

from __future__ import annotations

import re

import phonenumbers

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")
_SEPARATORS = re.compile(r"[\s().-]+")


def phone_e164(raw: str, region: str = "GB") -> str | None:
    """Answer `raw` as an E.164 number (UK numbers assumed without a prefix), or None.

    Valid numbers pass; so do UK numbers of the right shape in ranges libphonenumber does
    not assign, such as Ofcom's drama numbers (07700 900xxx).

    >>> phone_e164("07700 900123"), phone_e164("+44 (0)121 496 0345")
    ('+447700900123', '+441214960345')
    >>> phone_e164("2012 205 27") is None
    True
    """
    digits = _SEPARATORS.sub("", raw.replace("(0)", ""))
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        national = str(number.national_number)
        uk_shaped = (number.country_code == 44 and len(national) == 10
                     and national[0] in "1237" and phonenumbers.is_possible_number(number))
        if not uk_shaped:
            return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def canonical_value(label: str, raw: str) -> str:
    """Answer the canonical form of an identifier of node type `label` (others: trimmed).

    >>> canonical_value("Vehicle", "ab12 cde")
    'AB12CDE'
    """
    value = raw.strip()
    if label == "Phone":
        return phone_e164(value) or value
    if label == "Vehicle":
        compact = _NOT_ALNUM.sub("", value).upper()
        looks_like_registration = len(compact) <= 8 and any(c.isdigit() for c in compact)
        return compact if looks_like_registration else value
    if label == "Email":
        return value.lower()
    return value
