"""The subject of a report: the victim a debrief or NRM narrative is about.

Debriefs and referral narratives name their victim once ("Subject is a Romanian woman,
M.D., aged 22", "Potential victim: E.H.") and then write "she", "him", "the subject" or
"PV". `report_subject` answers the entity index (into `DocIndex.ents`) of that person and
its gender when known: the named victim (`ocg_attrs["roles"]` holds "victim", see
`ocgmap.nlp.victims`) mentioned most often, the earliest on a tie. A report whose victims
are only groups, or that names none, has no subject.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from ocgmap.nlp import labels
from ocgmap.nlp.extensions import attrs_of
from ocgmap.nlp.spans import doc_text

_FEMALE = re.compile(r"\b(?:female|woman|girl|Mrs|Ms|Miss)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(?:male|man|boy|Mr)\b", re.IGNORECASE)
#: How far into a report a subject label is looked for (characters).
HEADER_CHARS = 3000
_LABEL = re.compile(r"(?:^|\n)\W{0,4}(?:young person|potential victim|victim|subject|PVo?T?|"
                    r"child)\W{0,2}:\W{0,4}([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\W{0,3},",
                    re.IGNORECASE)
_DESCRIBED = re.compile(r"\b(?:male|female|man|woman|boy|girl)\b", re.IGNORECASE)
_OFFENDER = re.compile(r"recruiter|suspect|offender|controller|trafficker|nominal|arrested|"
                       r"exploiter|transporter|facilitator|driver", re.IGNORECASE)
#: Nouns that name the report subject when definite ("the subject", "the victim", "PV").
SUBJECT_NOUNS = frozenset({"subject", "pv", "pvot", "victim", "complainant", "claimant"})


def report_subject(ents: Sequence[Span], keys: Sequence[str]) -> tuple[int | None, str | None]:
    """Answer (entity index, gender) of the report subject, or (None, None)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, ent in enumerate(ents):
        if ent.label_ != labels.PERSON:
            continue
        attrs = attrs_of(ent)
        if "victim" not in attrs.get("roles", ()) or attrs.get("official"):
            continue
        counts[keys[i]] += 1
        first.setdefault(keys[i], i)
    if not counts:
        labelled = _labelled(ents)
        return (labelled, _gender(ents, keys, keys[labelled])) if labelled is not None \
            else (None, None)
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    subject = first[key]
    return subject, _gender(ents, keys, key)


def _labelled(ents: Sequence[Span]) -> int | None:
    """Answer the person a header labels as the subject ("**Young person:** T., male, 15"),
    when the entity layer named it only later in the report."""
    if not ents:
        return None
    text = doc_text(ents[0].doc)
    match = _LABEL.search(text, 0, min(len(text), HEADER_CHARS))
    if match is None:
        return None
    end = text.find("\n", match.end())
    line = text[match.start():end if end >= 0 else len(text)]
    if not _DESCRIBED.search(line) or _OFFENDER.search(line):
        return None  # "Subject: VASILE, Loredana - recruiter", an e-mail's "Subject:" line
    name = match.group(1).strip()
    for i, ent in enumerate(ents):
        if ent.label_ == labels.PERSON and ent.text == name and not attrs_of(ent).get("official"):
            return i
    return None


def _gender(ents: Sequence[Span], keys: Sequence[str], key: str) -> str | None:
    """Answer the gender of the entity `key`: from its attributes, else from the words of
    the line of its first mention ("Subject is a Romanian woman, M.D.")."""
    mentions = [e for e, k in zip(ents, keys, strict=True) if k == key]
    for ent in mentions:
        gender = attrs_of(ent).get("gender")
        if gender in ("male", "female"):
            return str(gender)
    ent = mentions[0]
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start:end if end >= 0 else len(text)]
    female, male = bool(_FEMALE.search(line)), bool(_MALE.search(line))
    if female != male:
        return "female" if female else "male"
    return None


__all__ = ["SUBJECT_NOUNS", "report_subject"]
