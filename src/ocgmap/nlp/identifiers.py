"""Identifier component (before `ner`): phones, e-mails, vehicles, documents, money, dates.

Each finder is a compiled regular expression over the text (no nested unbounded
quantifiers, so time stays linear) followed by a validity check; the matches become
entity spans with their canonical value in `span._.ocg_value`. Running before `ner`
keeps the model from tagging "07700 900123" as a DATE. UK postcodes are found too and
kept in `doc.spans["ocg_postcodes"]` for the address rules, and document words without a
number ("her passport", "Romanian ID card") in `doc.spans["ocg_documents"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.data.nationalities import DEMONYMS
from ocgmap.nlp.data.words import DOCUMENT_WORDS as DOCUMENT_KINDS
from ocgmap.nlp.extensions import DOCUMENT_WORDS, POSTCODES, annotate, register_extensions
from ocgmap.nlp.spans import char_span, doc_text, merge_ents, select
from ocgmap.nlp.values import date_value, money_text, money_value, phone_value, vehicle_value

SOURCE = "identifiers"

_PHONE = re.compile(r"""
    (?<![\w+/£€$.,-])
    (?: \+\d{8,15}
      | (?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\)[ .-]?\d{1,6})?(?:[ .-]\d{1,6}){1,5}
      | 0\d{9,10}
      | \(?0\d{2,5}\)?(?:[ .-]\d{2,6}){1,3}
    )
    (?![\w/]|[.,]\d)
""", re.X)
_PHONE_GROUPS = re.compile(r"[ .-]+")
_DIGIT = re.compile(r"\d")

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
                    r"[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}"
                    r"(?![\w-])")
#: Header lines whose addresses are message ids, not mailboxes.
_ID_HEADER = re.compile(r"(?im)^(?:message-id|in-reply-to|references|return-path)\s*:")

# Current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D) and spaced EU (CT 19 GDU).
_VEHICLE = re.compile(r"""
    (?<![\w-])
    (?: [A-HJ-PR-Y][A-HJ-PR-Z]\d{2}[ ]?[A-HJ-PR-Z]{3}
      | [A-HJ-PR-Y]\d{1,3}[ ]?[A-HJ-PR-Z]{3}
      | [A-Z]{3}[ ]?\d{1,3}[ ]?[A-HJ-PR-Y]
      | [A-Z]{1,2}[ -]\d{2,3}[ -][A-Z]{3}
    )
    (?![\w-])
""", re.X)
#: Words and abbreviations in capitals that look like parts of a registration.
_WORDLIKE = frozenset({
    "AT", "ON", "IN", "BY", "TO", "OF", "OR", "IS", "IT", "AN", "AS", "AM", "PM", "NO", "UP",
    "SO", "DO", "GO", "HE", "WE", "ME", "MY", "BE", "US", "IF", "HRS", "THE", "AND", "FOR",
    "ARE", "WAS", "BUT", "NOT", "ALL", "ANY", "CAN", "HAD", "HER", "HIS", "ONE", "OUR", "OUT",
    "YOU", "WHO", "HOW", "NOW", "OLD", "SEE", "TWO", "WAY", "DAY", "GET", "HAS", "HIM", "LET",
    "PUT", "SAY", "SHE", "TOO", "USE", "MRS", "APR", "AUG", "DEC", "FEB", "JAN", "JUL", "JUN",
    "MAR", "NOV", "OCT", "SEP", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "AGE", "DOB",
    "REF", "TEL", "MOB", "VAN", "CAR"})

_POSTCODE = re.compile(r"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d"
                       r"[ABD-HJLNP-UW-Z]{2})(?![\w-])")

_DOC_WORDS = "|".join(sorted((re.escape(w) for w in DOCUMENT_KINDS), key=len, reverse=True))
_DOC_KEYWORD = re.compile(rf"(?i)\b(?:{_DOC_WORDS})\b")
_DOC_CODE = re.compile(r"(?<![\w-])(?:(?:[A-Z]{1,3}-[A-Z]{1,3}|[A-Z]{1,3})[ -]?\d{5,10}[A-Z]?"
                       r"|\d{6,12}[A-Z]?)(?![\w-])")
_DOC_INTRODUCER = re.compile(r"(?i)(?:\bno\.?|\bnumber|\bnum\.?|#|:|\bref\.?)\s*$")
_DEMONYMS = "|".join(sorted({f.strip() for line in DEMONYMS.strip().splitlines()
                             for f in line.split(":", 1)[1].split(";")}, key=len, reverse=True))
_DEMONYM = re.compile(rf"\b({_DEMONYMS})\s+$")
#: Issuers written before a document word without a demonym ("UK visit visa").
_ISSUER = re.compile(r"\b(UK|EU|Schengen|US|USA)\s+$")
#: Document words with no number ("her passport", "Romanian ID card"), for later layers.
_DOCUMENT_PHRASE = re.compile(r"(?i)\b(?:passports?|visas?|visit visas?|residence permits?|"
                              r"identity cards?|id cards?|driving licen[cs]es?|"
                              r"biometric residence permits?|brps?|travel documents?)\b")

_AMOUNT = r"\d{1,3}(?:,\d{3})+|\d+"
_MONEY = re.compile(rf"""
    (?<![\w.])
    (?: (?P<cur>US\$|£|€|\$)\s?(?P<amt>{_AMOUNT})(?P<dec>\.\d{{1,2}})?
        (?:\s?(?P<mult>k|m|bn|million|thousand|billion)\b)?
      | (?P<amt2>{_AMOUNT})(?P<dec2>\.\d{{1,2}})?\s?(?P<mult2>k|m|million|thousand)?\s?
        (?P<cur2>(?i:euros?|pounds?|dollars?|yuan|rmb|lei|leu|naira|dong|zlotys?|leke?)|GBP|EUR|USD)\b
    )
""", re.X)

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
#: (pattern, whether it needs a month name)
_DATES = (
    (re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d{2})(?![\d/-]|\.\d)"), False),
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), False),
    (re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?"
                r"\s+(?P<y>\d{4}|\d{2})(?![\d:.]\d|\d)"), True),
    (re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?P<y>\d{{4}})"
                r"(?!\d)"), True),
    (re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<y>\d{{4}})(?!\d)"), True),
    (re.compile(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4})(?![\d/-])"), False),
)
_ANY_MONTH = re.compile(rf"\b{_MONTH}\b")


@Language.factory("ocgmap_identifiers", default_config={"region": "GB"})
def make_identifiers(nlp: Language, name: str, region: str) -> Identifiers:
    """Build the identifier component; `region` is how numbers without a prefix are read."""
    return Identifiers(region)


class Identifiers:
    """Tag phones, e-mails, vehicles, documents, money and dates; collect postcodes."""

    def __init__(self, region: str = "GB") -> None:
        register_extensions()
        self.region = region

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = [*vehicles(doc), *dates(doc)]
        if _DIGIT.search(text):
            found.extend(self.phones(doc))
            found.extend(money(doc))
        if "@" in text:
            found.extend(emails(doc))
        found.extend(documents(doc, found))
        merge_ents(doc, found)
        doc.spans[POSTCODES] = list(postcodes(doc))
        doc.spans[DOCUMENT_WORDS] = list(document_words(doc))
        return doc

    def phones(self, doc: Doc) -> Iterator[Span]:
        """Answer phone spans, each with its E.164 value."""
        text = doc_text(doc)
        match = _PHONE.search(text)
        while match is not None:
            resume = match.end()
            start, raw = match.start(), match.group()
            if raw.startswith("(") and ")" not in raw.split()[0]:
                start, raw = start + 1, raw[1:]
            groups = _PHONE_GROUPS.split(raw)
            # Numbers written one after another glue together: try shorter prefixes, and
            # look for the next number right after the one found.
            for count in range(len(groups), 1 if len(groups) > 1 else 0, -1):
                value = phone_value(" ".join(groups[:count]), self.region)
                if value is not None:
                    end = start + _prefix_length(raw, count)
                    resume = end
                    span = char_span(doc, start, end, labels.PHONE, slack=0)
                    if span is not None:
                        yield annotate(span, value=value, source=SOURCE)
                    break
            match = _PHONE.search(text, resume)


def _prefix_length(raw: str, groups: int) -> int:
    """Answer the length of the first `groups` digit groups of `raw`, separators kept."""
    for seen, match in enumerate(re.finditer(r"[^ .-]+", raw), start=1):
        if seen == groups:
            return match.end()
    return len(raw)


def emails(doc: Doc) -> Iterator[Span]:
    """Answer e-mail address spans (value: lower case); message ids are skipped."""
    text = doc_text(doc)
    for match in _EMAIL.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _ID_HEADER.match(text, line_start):
            continue
        span = char_span(doc, match.start(), match.end(), labels.EMAIL, slack=0)
        if span is not None:
            yield annotate(span, value=match.group().lower(), source=SOURCE)


def vehicles(doc: Doc) -> Iterator[Span]:
    """Answer UK (and spaced EU) registration spans; postcodes and words are not plates."""
    for match in _VEHICLE.finditer(doc_text(doc)):
        raw = match.group()
        parts = re.findall(r"[A-Z]+", raw)
        if any(part in _WORDLIKE for part in parts) or _POSTCODE.fullmatch(raw):
            continue
        span = char_span(doc, match.start(), match.end(), labels.VEHICLE, slack=0)
        if span is not None:
            yield annotate(span, value=vehicle_value(raw), source=SOURCE)


def postcodes(doc: Doc) -> Iterator[Span]:
    """Answer UK postcode spans (value: upper case with one space)."""
    for match in _POSTCODE.finditer(doc_text(doc)):
        span = char_span(doc, match.start(), match.end(), "POSTCODE", slack=0)
        if span is not None:
            compact = match.group().replace(" ", "")
            yield annotate(span, value=f"{compact[:-3]} {compact[-3:]}", source=SOURCE)


def money(doc: Doc) -> Iterator[Span]:
    """Answer money spans (value "GBP 3150"; attrs amount and currency)."""
    for match in _MONEY.finditer(doc_text(doc)):
        amount = (match.group("amt") or match.group("amt2") or "") + (
            match.group("dec") or match.group("dec2") or "")
        currency = match.group("cur") or match.group("cur2") or ""
        multiplier = match.group("mult") or match.group("mult2") or ""
        parsed = money_value(amount, currency, multiplier)
        if parsed is None:
            continue
        span = char_span(doc, match.start(), match.end(), labels.MONEY)
        if span is not None:
            value, code = parsed
            yield annotate(span, value=money_text(value, code), source=SOURCE,
                           attrs={"amount": value, "currency": code})


def dates(doc: Doc) -> Iterator[Span]:
    """Answer date spans read day-first (value ISO `YYYY-MM-DD`, or `YYYY-MM`)."""
    found: list[Span] = []
    text = doc_text(doc)
    has_month = _ANY_MONTH.search(text) is not None
    for pattern, by_name in _DATES:
        if by_name and not has_month:
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            value = date_value(groups.get("d"), groups["m"], groups["y"])
            if value is None:
                continue
            span = char_span(doc, match.start(), match.end(), labels.DATE)
            if span is not None:
                found.append(annotate(span, value=value, source=SOURCE))
    yield from select(found)


def document_words(doc: Doc) -> Iterator[Span]:
    """Answer document words without a number, with the demonym or issuer written before
    them ("Romanian ID card", "UK visit visa"; kind in `ocg_kind`, nationality or issuer
    in attrs)."""
    text = doc_text(doc)
    for match in _DOCUMENT_PHRASE.finditer(text):
        start = match.start()
        attrs = {}
        demonym = _DEMONYM.search(text, max(0, start - 30), start)
        issuer = _ISSUER.search(text, max(0, start - 10), start) if demonym is None else None
        if demonym is not None:
            start = demonym.start(1)
            attrs["nationality"] = demonym.group(1)
        elif issuer is not None:
            start = issuer.start(1)
            attrs["issuer"] = issuer.group(1)
        span = char_span(doc, start, match.end(), labels.DOCUMENT, slack=0)
        if span is None:
            continue
        word = match.group().lower()
        kind = DOCUMENT_KINDS.get(word) or DOCUMENT_KINDS.get(word.rstrip("s"), "visa")
        yield annotate(span, kind=kind, source=SOURCE, attrs=attrs)


def documents(doc: Doc, taken: list[Span]) -> Iterator[Span]:
    """Answer document-number spans introduced by a document word ("passport no. …").

    A code with a letter prefix ("IT-RP 0045172") may follow its document word within the
    paragraph; a bare number needs "number", "no." or ":" right before it.
    """
    text = doc_text(doc)
    busy = {i for span in taken for i in range(span.start_char, span.end_char)}
    for match in _DOC_CODE.finditer(text):
        if match.start() in busy or match.end() - 1 in busy:
            continue
        code = match.group()
        lettered = code[0].isalpha()
        window_start = max(0, match.start() - (300 if lettered else 60))
        paragraph = text.rfind("\n\n", window_start, match.start())
        window = text[max(window_start, paragraph + 1):match.start()]
        keywords = list(_DOC_KEYWORD.finditer(window))
        if not keywords or not (lettered or _DOC_INTRODUCER.search(window)):
            continue
        keyword = keywords[-1]
        kind = DOCUMENT_KINDS[keyword.group().lower()]
        demonym = _DEMONYM.search(window, 0, keyword.start())
        prefix = f"{demonym.group(1)} " if demonym else ""
        span = char_span(doc, match.start(), match.end(), labels.DOCUMENT, slack=0)
        if span is not None:
            yield annotate(span, value=" ".join(code.split()), kind=kind, source=SOURCE,
                           canonical=f"{prefix}{kind} {' '.join(code.split())}")
