"""Canonical forms of identifiers, so that the same phone, vehicle or e-mail is one node."""

from __future__ import annotations

import re

import phonenumbers

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def phone_e164(raw: str, region: str = "GB") -> str | None:
    """Answer `raw` as an E.164 number (UK numbers assumed without a prefix), or None.

    >>> phone_e164("07700 900123")
    '+447700900123'
    """
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
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
