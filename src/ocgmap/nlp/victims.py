"""Victims component: victim groups as `VictimGroup` entities, and named people as victims.

- Groups ("three Albanian women aged 17 to 19", "two Vietnamese boys", "a 15-year-old
  girl", "female, Albanian, 20") become `VictimGroup` spans in `doc.ents` with attributes
  count, nationality (+ `nationality_code`), age or age_min/age_max, child, gender and,
  where the text says so nearby, exploitation (a list: sexual, labour, domestic_servitude,
  criminal). The canonical name is the noun phrase as written.
- Later definite mentions ("the women", "the three girls", "the victims") share the
  group's `ocg_key` when exactly one earlier group fits them.
- Named people described as victims ("Potential victim: E.H.", "Ana was trafficked",
  "PV", "missing from care") get "victim" in `ocg_attrs["roles"]` on every mention.

Runs after `ocgmap_coref`, so person spans already carry their entity keys.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.ids import name_key
from ocgmap.nlp import labels
from ocgmap.nlp.extensions import (
    ATTRS,
    KEY,
    NATIONALITIES,
    annotate,
    attrs_of,
    get_str,
    register_extensions,
    set_field,
)
from ocgmap.nlp.spans import char_span, doc_text

SOURCE = "victims"
#: How many earlier groups a definite mention ("the women") may refer back to.
_ANTECEDENTS = 20
VICTIM = "victim"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
    "a couple of": 2, "a pair of": 2,
}
_VAGUE = ("several", "a few", "a number of", "a group of", "numerous", "many", "multiple")
#: Singular nouns that describe a person the way a victim is described ("a fifth female").
_DESCRIBED = frozenset({"female", "male", "girl", "boy", "child", "minor", "juvenile", "victim"})
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "another", "further")

FEMALE = {"women", "woman", "girls", "girl", "females", "female", "ladies", "daughters"}
MALE = {"men", "man", "boys", "boy", "males", "male", "sons"}
CHILD = {"girls", "girl", "boys", "boy", "children", "child", "minors", "minor", "juveniles",
         "juvenile", "kids", "teenagers", "teenager", "teens", "daughters", "sons"}
ADULT = {"adults", "adult", "women", "woman", "men", "man"}
#: Nouns a group of victims is named by (plural; singular forms need an age to count).
GROUP_NOUNS = ("women", "men", "girls", "boys", "females", "males", "children", "minors",
               "juveniles", "teenagers", "teens", "adults", "victims", "PVs", "PVOTs",
               "workers", "passengers", "nationals", "others", "kids")
SINGLE_NOUNS = ("woman", "man", "girl", "boy", "female", "male", "child", "minor",
                "juvenile", "teenager", "adult", "person", "victim", "worker")
#: Words before the noun that describe a group rather than name someone.
_DESCRIPTIVE = ("young", "adult", "teenage", "vulnerable", "female", "male", "Black", "White",
                "Asian", "foreign", "undocumented", "homeless", "disabled", "elderly")

_NUM = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_AGE_RANGE = r"(?P<{n}1>\d{{1,2}})(?:\s*(?:to|-|–|and|or)\s*(?P<{n}2>\d{{1,2}}))?"
_GROUP = re.compile(
    r"(?<![\w-])(?P<quant>(?:at\s+least|about|around|approx(?:imately|\.)?|some|up\s+to|"
    r"more\s+than|over|a\s+further|another)\s+)?"
    rf"(?P<num>\d{{1,3}}|{_NUM}|{'|'.join(_VAGUE)}|an?)\s+"
    rf"(?P<other>(?:other|more|further|additional|{'|'.join(_ORDINALS)})\s+)?"
    # "Latvian and Polish": a capitalised word and "and" may open the modifiers
    r"(?P<mods>(?:(?-i:[A-Z][a-z]+)\s+(?:and|or)\s+)?(?:[A-Za-z]+\s+){0,2}?)"
    r"(?:(?P<yo>\d{1,2})[-\s]year[-\s]old\s+)?"
    rf"(?P<noun>{'|'.join(GROUP_NOUNS + SINGLE_NOUNS)}|[A-Z][a-z]+s)\b"
    r"(?P<age>\s*,?\s*(?:aged|ages|age)\s+" + _AGE_RANGE.format(n="a") +
    r"|\s*\((?:aged\s+|both\s+)?" + _AGE_RANGE.format(n="b") + r"\))?",
    re.IGNORECASE)
#: "Girl (17)", "female, Albanian, 20": one unnamed person described by sex and age.
_SINGLE = re.compile(
    r"(?<![\w-])(?P<noun>girl|boy|female|male|woman|man)(?:\s*\((?P<age>\d{1,2})\)|"
    r",\s+(?P<nat>[A-Z][a-z]+),\s+(?P<age2>\d{1,2})\b)", re.IGNORECASE)
#: Age said a little after the group ("two boys from the PRU, aged 14 and 15").
_LATER_AGE = re.compile(r"[^.;:()]{0,40}?(?:\b(?:aged|ages)\s+|\((?:aged\s+|both\s+)?)"
                        + _AGE_RANGE.format(n="c"))
_DEFINITE = re.compile(
    r"(?<![\w-])(?:the|both(?:\s+the)?|all(?:\s+the)?|these|those)\s+"
    r"(?:(?P<num>\d{1,3}|" + _NUM + r")\s+)?(?P<mods>(?:[A-Z][a-z]+|young)\s+)?"
    r"(?P<noun>women|men|girls|boys|females|males|children|minors|juveniles|victims|PVs|"
    r"teenagers|workers|girl|boy|victim)\b", re.IGNORECASE)
_WITH_SOMEONE = re.compile(r"\b(?:and|with)\s+$")
#: Where a group comes from, said right after it ("two boys aged 14 and 15 from Haringey",
#: "two other boys from the PRU, aged 14 and 15"): part of the group's name, which tells
#: it from other groups of the same size (the span stays short, so the place keeps its own
#: entity).
_ORIGIN = re.compile(
    r"\s+from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:[ ](?-i:[A-Z][\w'’-]*)){0,2}"
    r"(?:,?\s*(?:aged|ages)\s+\d{1,2}(?:\s*(?:to|-|–|and|or)\s*\d{1,2})?)?")
_MIXED = re.compile(r"\W{0,3}(?:both\s+)?(?:(?:men|males|boys)\s+and\s+(?:women|females|girls)"
                    r"|(?:women|females|girls)\s+and\s+(?:men|males|boys))\b", re.IGNORECASE)
_UNDER_18 = re.compile(r"\bunder(?:\s+the\s+age\s+of)?\s+18\b|\bunder-18s?\b", re.IGNORECASE)

#: Words near a group or victim that name the purpose of exploitation.
EXPLOITATION = {
    "sexual": re.compile(r"\b(?:sex(?:ual(?:ly)?)?|prostitut\w*|brothels?|escort\w*|adverts?"
                         r"|massage parlou?r|pop-up brothel|clients)\b", re.IGNORECASE),
    "labour": re.compile(r"\b(?:labou?r|car\s?wash\w*|nail bar|building sites?|construction"
                         r"|factory|farms?|fields|warehouse|packing|fishing|unpaid work"
                         r"|forced work)\b", re.IGNORECASE),
    "domestic_servitude": re.compile(r"\b(?:domestic (?:servitude|worker|work)|servitude"
                                     r"|housekeep\w*|nanny|cleaning the house)\b", re.IGNORECASE),
    "criminal": re.compile(r"\b(?:cannabis|begging|beg|county lines?|drug(?:s|\s+running)?"
                           r"|shoplifting|theft|pickpocket\w*|deal(?:ing|er))\b", re.IGNORECASE),
}

# Named victims: cues before or after a person's mention, and verbs whose object or passive
# subject is a victim.
_LABEL_BEFORE = re.compile(
    r"(?:potential victim|victim|\bPVo?T?\b|NRM referral(?: narrative)?|referral subject|"
    r"subject of (?:the|this) (?:NRM )?referral|young person|name used|child|"
    r"(?:girl|boy|child) (?:called|named|known as))\W{0,6}$", re.IGNORECASE)
#: "Subject: X" heads a de-brief of a victim, unless the line calls X an offender.
_SUBJECT_BEFORE = re.compile(r"(?:^|\n)\W{0,4}subject(?:\s+is\s+an?\s+[^,.\n]{0,40},)?\W{0,6}$",
                             re.IGNORECASE)
_DESCRIBED_LINE = re.compile(r"\b(?:male|female|man|woman|boy|girl)\b", re.IGNORECASE)
_OFFENDER_LINE = re.compile(r"recruiter|suspect|offender|controller|trafficker|nominal|"
                            r"arrested|exploiter|transporter|facilitator", re.IGNORECASE)
_CUE_AFTER = re.compile(
    r"^\W{0,4}(?:\(PVo?T?\)|\(potential victim\)|,?\s*(?:is|was|as)?\s*(?:an?|the)\s+"
    r"(?:potential\s+|suspected\s+|likely\s+|possible\s+|child\s+)*victim\b|"
    r",\s+(?:the|a)\s+(?:\d{1,2}-year-old\s+)?(?:girl|boy|child|minor)\b|"
    r"(?:\s+\w+){0,2}?\s+(?:was|were|had been|has been|is|being)\s+(?:\w+ly\s+)?"
    r"(?:trafficked|exploited|rescued|safeguarded|recovered|referred|groomed|sold|enslaved)"
    r"|(?:\s+\w+){0,3}?\s+(?:went|was reported|reported|had gone|has gone)\s+missing)",
    re.IGNORECASE)
VICTIM_VERBS = frozenset({"traffic", "trafficke", "exploit", "rescue", "safeguard", "recover",
                          "groom", "enslave", "smuggle", "refer"})


@Language.factory("ocgmap_victims")
def make_victims(nlp: Language, name: str) -> Victims:
    """Build the victims component."""
    return Victims()


class Victims:
    """Find victim groups and their re-mentions; mark named victims."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ents = list(doc.ents)
        groups = _without_breakdowns(text, list(find_groups(doc, text, ents)))
        if groups:
            ents = _merge(ents, groups)
            rementions = list(find_rementions(doc, text, ents, groups))
            ents = _merge(ents, rementions)
            doc.set_ents(sorted(ents, key=lambda s: s.start))
        mark_named_victims(doc, text)
        return doc


# --------------------------------------------------------------------------- groups

#: A bracket that opens after a group and is still open: what follows breaks the group down.
_OPEN_BRACKET = re.compile(r"^\s*\([^()]*$")


def _without_breakdowns(text: str, groups: list[Span]) -> list[Span]:
    """Answer the groups, less those that only break down the group before them inside
    brackets ("nine passengers (six Polish, three Romanian men)": one group of nine)."""
    kept: list[Span] = []
    for group in sorted(groups, key=lambda g: g.start_char):
        if kept and _OPEN_BRACKET.match(text[kept[-1].end_char:group.start_char]):
            continue
        kept.append(group)
    return kept



@dataclass(frozen=True, slots=True)
class _Ages:
    low: int | None
    high: int | None


def _count(raw: str) -> int | None:
    word = " ".join(raw.lower().split())
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(word)


def _ages(match: re.Match[str], *groups: str) -> _Ages:
    for name in groups:
        first = match.groupdict().get(f"{name}1")
        if first:
            second = match.groupdict().get(f"{name}2")
            low, high = int(first), int(second) if second else int(first)
            return _Ages(min(low, high), max(low, high))
    return _Ages(None, None)


def find_groups(doc: Doc, text: str, ents: list[Span]) -> Iterator[Span]:
    """Answer the victim-group spans of `doc` with their attributes (not yet in the ents)."""
    nationalities = {(s.start_char, s.end_char): s for s in doc.spans.get(NATIONALITIES, [])}
    by_start = {s.start_char: s for s in nationalities.values()}
    blocked = _entity_chars(ents, len(text))
    for match in _GROUP.finditer(text):
        span = _group_span(doc, text, match, by_start, blocked)
        if span is not None:
            yield span
    for match in _SINGLE.finditer(text):
        if any(blocked[match.start():match.end()]):
            continue
        nat = match.group("nat")
        if nat and (match.start("nat"), match.end("nat")) not in nationalities:
            continue
        made = char_span(doc, match.start(), match.end(), labels.VICTIM_GROUP, slack=0)
        if made is None:
            continue
        age = int(match.group("age") or match.group("age2"))
        attrs = _attributes(match.group("noun"), 1, _Ages(age, age), "")
        if nat:
            attrs["nationality"] = nat
            code = get_str(nationalities[(match.start("nat"), match.end("nat"))], "ocg_value")
            if code:
                attrs["nationality_code"] = code
        _exploitation(doc, made, attrs)
        yield _annotated(made, attrs)


def _group_span(doc: Doc, text: str, match: re.Match[str], nationalities: dict[int, Span],
                blocked: bytearray) -> Span | None:
    noun = match.group("noun")
    lower = noun.lower()
    mods = match.group("mods").split()
    mods_start = match.start("mods")
    nat_span = None
    for word_match in re.finditer(r"\S+", match.group("mods")):
        found = nationalities.get(mods_start + word_match.start())
        if found is not None:
            nat_span = found
    known_noun = lower in GROUP_NOUNS or noun in GROUP_NOUNS or lower in SINGLE_NOUNS
    if not known_noun:
        found = nationalities.get(match.start("noun"))
        if found is None or not noun.endswith("s") or nat_span is not None:
            return None  # only a demonym plural ("eight other Romanians") names a group
        nat_span = found
    nat_words = {w for start, span in nationalities.items()
                 if mods_start <= start < match.start("noun") for w in span.text.split()}
    for word in mods:
        if word.lower() in ("and", "or") and nat_words:
            continue  # "Lithuanian and Latvian workers"
        starts_nat = word in nat_words
        if not starts_nat and word not in _DESCRIPTIVE and word.lower() not in _DESCRIPTIVE:
            return None  # "two [stolen] passports"... or an unknown word: not a victim group
    num = match.group("num")
    count = _count(num)
    vague = num.lower() in _VAGUE or " ".join(num.lower().split()) in _VAGUE
    ages = _ages(match, "a", "b")
    if match.group("yo"):
        ages = _Ages(int(match.group("yo")), int(match.group("yo")))
    singular = lower in SINGLE_NOUNS
    if singular != (count == 1 and not vague):
        return None  # "two girl", "a women"
    if lower == "others" and not match.group("other") and not _WITH_SOMEONE.search(
            text, max(0, match.start() - 6), match.start()):
        return None  # "five others" only beside someone ("Minh and five others")
    if ages.low is None:
        later = _LATER_AGE.match(text, match.end(), min(len(text), match.end() + 60))
        if later:
            ages = _ages(later, "c")
    ordinal = (match.group("other") or "").strip().lower() in _ORDINALS
    if singular and ages.low is None and not (ordinal and lower in _DESCRIBED):
        return None  # "a man called Niku", "a second man": a person, not a group
    if _determined(text, match.start()):
        return None  # "the three girls", "all three children", "the couple's two children"
    start = match.start()
    if match.group("quant") and match.group("quant").lower().startswith(("a further", "another")):
        start = match.start("num")
    end = match.end()
    if any(blocked[start:end]):
        return None
    made = char_span(doc, start, end, labels.VICTIM_GROUP, slack=0)
    if made is None or _offenders(made):
        return None
    attrs = _attributes(noun, None if vague else count, ages, text[start:end])
    if "gender" not in attrs and _MIXED.match(text, end, min(len(text), end + 40)):
        attrs["gender"] = "mixed"  # "nine people (men and women)"
    if nat_span is not None:
        attrs["nationality"] = _demonym(nat_span.text)
        code = get_str(nat_span, "ocg_value")
        if code:
            attrs["nationality_code"] = code
    _exploitation(doc, made, attrs)
    origin = _ORIGIN.match(text, end, min(len(text), end + 80))
    name = text[start:origin.end()] if origin else None
    return _annotated(made, attrs, name)


#: Predicates of the accused: "Two men ... have been jailed", "three men were charged".
_ACCUSED = frozenset({"jail", "arrest", "charge", "convict", "sentence", "imprison", "remand",
                      "prosecute", "plead", "admit", "deny", "detain"})
#: Acts that, in a relative clause with an object, make a group the offenders ("two men
#: who ran a county line"), not "two girls who ran away".
_OFFENDING = frozenset({"run", "recruit", "traffic", "exploit", "control", "supply",
                        "smuggle", "organise", "force", "launder", "deal", "operate"})


def _offenders(span: Span) -> bool:
    """Answer whether the people a group phrase names are said to be the accused or the
    offenders, not victims."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _ACCUSED:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _OFFENDING
               and any(g.dep_ == "dobj" for g in c.children)
               and not any(g.dep_ in ("prt", "advmod") and g.lower_ == "away"
                           for g in c.children)
               for c in root.children)


_DETERMINED = re.compile(r"(?:\b(?:the|these|those|all|both|his|her|their|its|our|my|your)"
                         r"|['’]s?)\s+$", re.IGNORECASE)


def _determined(text: str, start: int) -> bool:
    """Answer whether a determiner or possessive comes before `start` (a re-mention, or
    someone's children, not a new group)."""
    return bool(_DETERMINED.search(text[max(0, start - 8):start]))


def _demonym(word: str) -> str:
    """Answer the adjective of a demonym as written ("Romanians" -> "Romanian")."""
    return word[:-1] if word.endswith("ns") else word


def _attributes(noun: str, count: int | None, ages: _Ages, phrase: str) -> dict[str, Any]:
    lower = noun.lower()
    attrs: dict[str, Any] = {}
    if count is not None:
        attrs["count"] = count
    if ages.low is not None and ages.high is not None:
        if ages.low == ages.high:
            attrs["age"] = ages.low
        else:
            attrs["age_min"], attrs["age_max"] = ages.low, ages.high
    if lower in FEMALE:
        attrs["gender"] = "female"
    elif lower in MALE:
        attrs["gender"] = "male"
    if (ages.low is not None and ages.low < 18) or lower in CHILD or _UNDER_18.search(phrase):
        attrs["child"] = True
    elif (ages.low is not None and ages.low >= 18) or lower in ("adults", "adult"):
        attrs["child"] = False
    return attrs


def _exploitation(doc: Doc, span: Span, attrs: dict[str, Any]) -> None:
    """Add the exploitation purposes named in the group's sentence (and the next one)."""
    found = exploitation_near(doc, span)
    if found:
        attrs["exploitation"] = found


def exploitation_near(doc: Doc, span: Span) -> list[str]:
    """Answer the exploitation purposes named in the sentence of `span` and the next one."""
    sent = span.sent if doc.has_annotation("SENT_START") else span
    end = min(len(doc), sent.end + 60)
    if sent.end < len(doc) and doc.has_annotation("SENT_START"):
        end = doc[sent.end].sent.end
    window = doc[sent.start:end].text
    return [purpose for purpose, pattern in EXPLOITATION.items() if pattern.search(window)]


def _annotated(span: Span, attrs: dict[str, Any], name: str | None = None) -> Span:
    """Answer `span` annotated as a victim group named `name` (default: its text)."""
    canonical = " ".join((name or span.text).split())
    key = f"{labels.VICTIM_GROUP}:{name_key(canonical)}@{span.start_char}"
    annotate(span, canonical=canonical, attrs=attrs, source=SOURCE)
    set_field(span, KEY, key)
    return span


def _entity_chars(ents: list[Span], length: int) -> bytearray:
    """Answer a mask of characters covered by node-type entities (groups must not overlap)."""
    mask = bytearray(length + 1)
    for ent in ents:
        if ent.label_ in labels.NODE_TYPES:
            mask[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    return mask


def _merge(ents: list[Span], new: list[Span]) -> list[Span]:
    """Answer `ents` plus the non-overlapping `new` spans; other-label spans (NORP, DATE,
    CARDINAL) inside a new span give way, node-type entities never do."""
    taken: set[int] = set()
    for ent in ents:
        if ent.label_ in labels.NODE_TYPES:
            taken.update(range(ent.start, ent.end))
    added: list[Span] = []
    for span in sorted(new, key=lambda s: (s.start, -(s.end - s.start))):
        tokens = range(span.start, span.end)
        if any(i in taken for i in tokens):
            continue
        taken.update(tokens)
        added.append(span)
    covered = {i for a in added for i in range(a.start, a.end)}
    kept = [e for e in ents if e.label_ in labels.NODE_TYPES
            or not any(i in covered for i in range(e.start, e.end))]
    return [*kept, *added]


# --------------------------------------------------------------------------- re-mentions


def find_rementions(doc: Doc, text: str, ents: list[Span], groups: list[Span]
                    ) -> Iterator[Span]:
    """Answer definite mentions ("the women") of earlier groups, keyed like the group."""
    groups = sorted(groups, key=lambda g: g.end_char)
    ends = [g.end_char for g in groups]
    group_starts = {g.start_char for g in groups}
    blocked = _entity_chars(ents, len(text))
    for match in _DEFINITE.finditer(text):
        if match.start() in group_starts or any(blocked[match.start():match.end()]):
            continue
        mods = (match.group("mods") or "").strip()
        if mods and mods.lower() != "young" and not _is_nationality(doc, match.start("mods")):
            continue
        count = _count(match.group("num")) if match.group("num") else None
        if match.group(0).lower().startswith("both"):
            count = 2
        noun = match.group("noun").lower()
        before = groups[max(0, bisect_right(ends, match.start()) - _ANTECEDENTS):
                        bisect_right(ends, match.start())]
        fits = [g for g in before if _compatible(attrs_of(g), noun, count, mods)]
        antecedent = fits[-1] if len({get_str(g, KEY) for g in fits}) == 1 else None
        if antecedent is None:
            continue
        made = char_span(doc, match.start(), match.end(), labels.VICTIM_GROUP, slack=0)
        if made is None:
            continue
        annotate(made, canonical=get_str(antecedent, "ocg_canonical"),
                 attrs=attrs_of(antecedent), source=SOURCE)
        set_field(made, KEY, get_str(antecedent, KEY))
        blocked[match.start():match.end()] = b"\x01" * (match.end() - match.start())
        yield made


def _is_nationality(doc: Doc, start: int) -> bool:
    return any(s.start_char == start for s in doc.spans.get(NATIONALITIES, []))


def _compatible(attrs: dict[str, Any], noun: str, count: int | None, mods: str) -> bool:
    """Answer whether a group with `attrs` may be called "the [count] [mods] noun"."""
    gender = attrs.get("gender")
    if noun in FEMALE and gender not in (None, "female"):
        return False
    if noun in MALE and gender not in (None, "male"):
        return False
    if noun in ("girl", "boy", "victim") and attrs.get("count") != 1:
        return False
    if noun.endswith("s") and noun not in ("victims", "PVs") and attrs.get("count") == 1:
        return False
    if noun in CHILD and attrs.get("child") is not True:
        return False
    if noun in ("women", "men") and attrs.get("child") is True and "age" not in attrs \
            and "age_max" not in attrs:
        return False  # "two boys" are not "the men"
    if count is not None and attrs.get("count") != count:
        return False
    return not mods or mods.lower() == "young" or _demonym(mods) == attrs.get("nationality")


# --------------------------------------------------------------------------- named victims


def mark_named_victims(doc: Doc, text: str) -> None:
    """Give every mention of a person described as a victim the role "victim"."""
    victims: set[str] = set()
    people = [e for e in doc.ents if e.label_ == labels.PERSON]
    for ent in people:
        key = get_str(ent, KEY)
        if key is None or key in victims or attrs_of(ent).get("official"):
            continue
        if is_described_as_victim(ent, text):
            victims.add(key)
    for ent in people:
        if get_str(ent, KEY) in victims:
            attrs = attrs_of(ent)
            roles = [str(r) for r in attrs.get("roles", [])]
            if VICTIM not in roles:
                attrs["roles"] = [*roles, VICTIM]
                set_field(ent, ATTRS, attrs)


def is_described_as_victim(ent: Span, text: str) -> bool:
    """Answer whether this mention of a person is described as a victim."""
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    before = text[max(line_start, ent.start_char - 40):ent.start_char]
    if _LABEL_BEFORE.search(before.rstrip("*_ \t")):
        return True
    line_end = text.find("\n", ent.end_char)
    line = text[ent.end_char:line_end if line_end >= 0 else len(text)]
    if _SUBJECT_BEFORE.search(text[max(0, line_start - 1):ent.start_char].rstrip("*_ \t")) \
            and _DESCRIBED_LINE.search(text[line_start:ent.start_char] + line) \
            and not _OFFENDER_LINE.search(line):
        return True
    age = attrs_of(ent).get("age")
    if isinstance(age, int) and age < 18:
        return True  # a child in a trafficking report is safeguarded as a victim
    after = text[ent.end_char:ent.end_char + 60]
    if _CUE_AFTER.match(after):
        return True
    for token in ent:
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and \
                _stem(head.lemma_) in VICTIM_VERBS:
            return True
    return False


def _stem(lemma: str) -> str:
    return re.sub(r"(?:ed|ing|s)$", "", lemma.lower())
