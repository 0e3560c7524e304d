"""Routes component: journeys told in a sentence become `RouteMention`s on `doc._.ocg_routes`.

A sentence is a journey when it has a movement word (flew, drove, travelled, was moved,
arrived, crossed, a flight, a ticket, an arrow) and place entities in a travel role:

    from A / ex A / recruited in A  origin ("connecting ex A": before the other origins)
    via B / through B / across B    transit
    to C / into C / to a house in C / arrived at C    destination
    at D / in D (boarded, picked up, dropped, crossed at…)   a point passed
    between A and B / between flats in A, B and C     stops in order
    A → B → C, A -> B, Bucharest–Luton                stops in order

Stops are put in travel order ("arrived at Heathrow on a flight from Lagos" is Lagos then
Heathrow; "travelled from A to B through C" is A, C, B; "boarded the lorry at X after
travelling by car from Y through Z" is Y, Z, X). A sentence that only names where someone
went ("A driver took him to Manchester") starts from where the last journey of the report
ended, a few sentences before. Travellers are the moved: the object of a carrying verb
("drove her"), the subject of a passive ("they were driven") or of a going verb ("she
flew"); pronouns resolve to the nearest earlier person or victim group that fits.

A country or region named next to a stop inside it gives way to that stop ("to Germany,
where they stayed in Berlin" is Berlin; see `ocgmap.nlp.routeplaces`), also when the next
sentence names it ("went to France. In France he stayed near Dunkirk"); arrival in the UK
stays a stop. Where someone is from ("is from Elbasan", "Home area: … Nghe An") starts
their first journey when that names no origin. Distances count sentences with words.

`chain_routes` joins legs that continue each other into whole journeys.
Work is linear in the text: only sentences with a place and a movement word are read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ocgmap.nlp import labels
from ocgmap.nlp.extensions import KEY, attrs_of, get_str, register_extensions
from ocgmap.nlp.routeplaces import lies_in
from ocgmap.nlp.spans import doc_text

#: Most places one sentence may hold for it to be read as a journey (a list beyond this
#: is a table or an index, not a journey).
MAX_STOPS = 12
#: How many sentences on a journey's end still counts as where the travellers are.
CARRY_SENTENCES = 6

#: Travel modes: pattern -> mode, tried in text order (the first named wins).
MODES: tuple[tuple[str, str], ...] = (
    (r"small boats?|dinghy|dinghies|inflatable|\bRIB\b", "small boat"),
    (r"minibus(?:es)?|sprinter", "minibus"),
    (r"lorr(?:y|ies)|\bHGVs?\b|trucks?|trailers?|articulated", "lorry"),
    (r"\bvans?\b|transit van", "van"),
    (r"\bcoach(?:es)?\b", "coach"),
    (r"\bbus(?:es)?\b", "bus"),
    (r"\btrains?\b|eurostar|\brail\b", "train"),
    (r"\bferr(?:y|ies)\b", "ferry"),
    (r"\bflights?\b|\bflew\b|\bfly(?:ing)?\b|\bflown\b|\bplanes?\b|\bairline\b", "flight"),
    (r"\bboats?\b|\bsailed\b", "boat"),
    (r"\bon foot\b|\bwalked\b|\bwalking\b", "on foot"),
    (r"\bcars?\b|\btaxi\b|\bdrove\b|\bdriven\b|\bdrive\b|\bdriving\b", "car"),
)
_MODE_RE = re.compile("|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(MODES)),
                      re.IGNORECASE)
#: Journey modes ranked for a whole journey: the clandestine or long leg names it.
MODE_RANK = ("small boat", "lorry", "minibus", "coach", "flight", "van", "boat", "ferry",
             "train", "bus", "car", "on foot")

#: Verbs that move someone (the moved is the object, or the subject when passive).
CARRY_VERBS = frozenset({"drive", "take", "bring", "transport", "traffic", "smuggle", "move",
                         "fly", "put", "collect", "pick", "drop", "deliver", "escort",
                         "accompany", "ferry", "relocate", "transfer", "ship", "send",
                         "return", "remove", "deport"})
#: Verbs whose subject goes somewhere.
GO_VERBS = frozenset({"travel", "fly", "go", "come", "arrive", "cross", "walk", "leave",
                      "board", "sail", "journey", "head", "depart", "land", "enter", "reach",
                      "return", "continue", "connect", "move", "get", "run", "escape",
                      "abscond", "change", "stop"})
_CUE = re.compile(
    r"\b(?:travel\w*|fl[eo]wn?|fly\w*|flights?|dr[io]ve\w*|driven|took|taken|taking|"
    r"went|gone|came|arriv\w+|cross\w*|moved?|moving|brought|bring\w*|transport\w*|"
    r"traffick\w*|smuggl\w*|board\w*|sail\w*|journey\w*|trip|tickets?|routed?|"
    r"left|leaving|depart\w*|land(?:ed|ing)|walk\w*|collected|picked up|dropped|"
    r"delivered|escorted|relocated|transferred|deported|removed|returned|headed|sent|"
    r"ferr(?:y|ied)|via|en route|passengers?|onward|reach\w*|enter\w*|connecting|"
    r"made (?:his|her|their) way|bound for|bussed|recruit\w*|stay(?:ed|ing)|waited)\b"
    r"|→|->|=>", re.IGNORECASE)
#: Things that move but are not people: a sentence about them is not a journey.
_NOT_TRAVELLERS = frozenset({"money", "cash", "takings", "payment", "payments", "funds",
                             "transfer", "transfers", "parcel", "parcels", "drugs", "goods",
                             "proceeds", "profits", "earnings", "remittance", "call", "calls",
                             "message", "messages", "phone", "car", "vehicle"})
_TRAVEL_NOUNS = frozenset({"flight", "journey", "trip", "ticket", "route", "crossing",
                           "ferry", "train", "passage", "lift", "ride", "drive", "travel",
                           "passenger", "passengers", "coach", "bus", "lorry", "van", "car",
                           "taxi", "minibus", "boat", "plane", "arrival", "way",
                           "channel", "border", "sea", "back"})
#: Nouns a "to"/"in" place may hang on without being a destination of the journey.
_NOT_DESTINATIONS = frozenset({"recipient", "sender", "relative", "cousin", "family", "man",
                               "woman", "people", "account", "transfer", "payment", "money",
                               "link", "links", "call", "calls", "number", "business", "shop"})
_PERSON_FROM = re.compile(r"\b(?:men|women|girls|boys|people|persons|man|woman|girl|boy|"
                          r"family|families|passengers|workers|others|nationals?|national)"
                          r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)

_FROM = re.compile(r"(?:\bfrom|\bex|\bleft|\bleaving|\bdeparted|\bdeparting"
                   r"|\brecruited\s+(?:[\w'’-]+\s+){0,3}?(?:in|at))\s+(?:the\s+)?$",
                   re.IGNORECASE)
_HOME = re.compile(r"(?:\b(?:is|was|are|were|comes?)\s+(?:originally\s+)?from|\bgrew up in"
                   r"|\bborn (?:and (?:raised|brought up) )?in|\bnatives? of"
                   r"|\bhome (?:area|town|village|region)\W{0,5}(?:(?:is|was)\s+)?"
                   r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:in|near|outside|of)\s+)?)"
                   r"\s*(?:the\s+)?$", re.IGNORECASE)
#: An origin said to come before the others ("flight from Madrid, connecting ex Lagos").
_EARLIER = re.compile(r"\b(?:connecting|transferring|originating|originally)\s+"
                      r"(?:ex\s+|from\s+|in\s+)?(?:the\s+)?$", re.IGNORECASE)
_VIA = re.compile(r"\b(?:via|through|thru|across|transit(?:ing|ed)?(?:\s+(?:through|via|"
                  r"in|at))?|by way of|stopping (?:at|in)|stopped (?:at|in)|changed (?:at|in)"
                  r"|passing through)\s+(?:the\s+)?$", re.IGNORECASE)
_TO = re.compile(r"(?:\b(?:to|into|towards|bound for|for|on to|onto)\s+(?:the\s+)?"
                 r"|\bto\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}"
                 r"(?:in|at|near|outside|on the outskirts of)\s+(?:the\s+)?"
                 r"|\bto\s+[^,.;]{1,40}?\s+and\s+(?:a|an|the|his|her|their)\s+"
                 r"(?:[\w'’-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?"
                 r"|\b(?:arriv\w+|land(?:ed|ing)|reach(?:ed|ing)|enter(?:ed|ing))\s+"
                 r"(?:at\s+|in\s+|near\s+)?(?:the\s+)?)$",
                 re.IGNORECASE)
_POINT = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:in\s+|at\s+|near\s+)?$",
                    re.IGNORECASE)
#: Verbs after which "at X"/"in X" is a stop of the journey.
_POINT_VERBS = re.compile(r"\b(?:board\w*|picked (?:\w+ )?up|collected|dropped|crossed|"
                          r"stopp?ed|landed|changed|met|moved|transferred|left|leaving|"
                          r"took on|taken on|stay(?:ed|ing)?|spent|waited|"
                          r"put (?:\w+ ){0,6}(?:lorry|van|car|boat)|got (?:in|into|on|out))\b",
                          re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+|at\s+)?(?:the\s+)?$",
                      re.IGNORECASE)
_JOIN = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|then|and then|,\s*then|,?\s*at|"
                   r"(?:and\s+)?then\s+(?:in|at|to))?\s*$", re.IGNORECASE)
_ARROW = re.compile(r"^\s*(?:→|->|-->|=>|⇒|>|—>)\s*$")
_DASH = re.compile(r"^\s*[–—-]\s*$")
_AFTER = re.compile(r"\b(?:after|having)\s+(?:travell?ing|being|been|travell?ed|flown|"
                    r"driven|arrived|crossed|come|gone|spent|(?:the|a|an|his|her|their|they|he|"
                    r"she|it|we)\b[^,.;]{0,40}?\b(?:had|has|was|were)\b)", re.IGNORECASE)
_FROM_THERE = re.compile(r"\bfrom there\b|\bonward\b|\bon to\b|\bthen\b", re.IGNORECASE)

ORIGIN, VIA, DEST, POINT, LIST = "origin", "via", "dest", "point", "list"

_FEMALE_PRONOUNS = frozenset({"she", "her", "herself"})
_MALE_PRONOUNS = frozenset({"he", "him", "himself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})


@dataclass(frozen=True, slots=True)
class RouteMention:
    """A journey told in one sentence: places in travel order, mode, and who travelled."""

    stops: tuple[Span, ...]
    mode: str | None
    travellers: tuple[Span, ...]
    sentence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class Journey:
    """Consecutive route mentions that continue each other (see `chain_routes`)."""

    legs: tuple[RouteMention, ...]
    stops: tuple[Span, ...] = field(default=())
    mode: str | None = None
    travellers: tuple[Span, ...] = field(default=())


@Language.factory("ocgmap_routes", default_config={"max_stops": MAX_STOPS,
                                                    "carry_sentences": CARRY_SENTENCES})
def make_routes(nlp: Language, name: str, max_stops: int, carry_sentences: int) -> Routes:
    """Build the routes component."""
    return Routes(max_stops, carry_sentences)


def register_route_extension() -> None:
    """Register `doc._.ocg_routes` (idempotent)."""
    register_extensions()
    if not Doc.has_extension("ocg_routes"):
        Doc.set_extension("ocg_routes", default=None)


def routes_of(doc: Doc) -> list[RouteMention]:
    """Answer the route mentions of a processed Doc (empty when there are none)."""
    value = doc._.ocg_routes if Doc.has_extension("ocg_routes") else None
    return list(value) if isinstance(value, list) else []


class Routes:
    """Find journeys sentence by sentence, carrying the travellers' position along."""

    def __init__(self, max_stops: int = MAX_STOPS,
                 carry_sentences: int = CARRY_SENTENCES) -> None:
        register_route_extension()
        self.max_stops = max_stops
        self.carry = carry_sentences

    def __call__(self, doc: Doc) -> Doc:
        doc._.ocg_routes = list(self.find(doc))
        return doc

    def find(self, doc: Doc) -> Iterator[RouteMention]:
        """Answer the route mentions of `doc` in text order."""
        sentences = _sentences(doc)
        starts = [s.start for s in sentences]
        # Distances count sentences with words: blank lines between paragraphs are no news.
        told = list(accumulate(1 if s.text.strip() else 0 for s in sentences))
        places: dict[int, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ == labels.LOCATION:
                places.setdefault(bisect_right(starts, ent.start) - 1, []).append(ent)
        people = _People(doc)
        post = _border_post(doc)
        found: list[RouteMention] = []
        position: _Position | None = None
        for index in sorted(places):
            sentence = sentences[index]
            stops = places[index]
            text = sentence.text
            if len(stops) > self.max_stops * 3:
                continue
            if not _CUE.search(text):
                home = _home(doc, sentence, stops)
                if home is not None and (position is None or position.home):
                    position = _Position(home, told[index], (), origin_only=True, home=True)
                continue
            arrow = _arrow_route(doc, stops)
            if arrow:
                route = RouteMention(tuple(arrow), _mode(text), _travellers(sentence, people),
                                     sentence, 0.9)
                position = _Position(arrow[-1], told[index], route.travellers, len(found))
                found.append(route)
                continue
            if _not_a_journey(sentence):
                continue
            items = _roles(doc, sentence, stops)
            if not items:
                continue
            ordered = _order(sentence, items)[: self.max_stops]
            chain = _drop_refinements([span for _, span in ordered])
            first_role = ordered[0][0]
            area_origin = first_role == ORIGIN and len(chain) > 1 and \
                get_str(chain[0], "ocg_kind") in _AREAS
            area = chain[0]
            chain = _drop_areas(chain)
            travellers = _travellers(sentence, people)
            confidence = 0.8
            near = position is not None and (told[index] - position.sentence <= self.carry
                                              or position.home
                                              or bool(_FROM_THERE.search(text)))
            if position is not None and near:
                if _inside(chain[0], position.place) and (
                        position.origin_only or _refine_end(found, position, chain[0])):
                    pass  # the stop says where in that country or region they were
                elif area_origin:  # "left Romania": from where they were in it
                    chain[0:1] = [position.place] if chain[0] is area else \
                        [position.place, chain[0]]
                    confidence = 0.6
                elif first_role not in (ORIGIN, LIST) or (position.origin_only
                                                          and not position.home):
                    chain.insert(0, position.place)
                    confidence = 0.6 if first_role not in (ORIGIN, LIST) else 0.5
                if confidence < 0.8:
                    travellers = travellers or position.travellers
            chain = _dedupe(_drop_areas(chain))
            if len(chain) == 1 and ordered[-1][0] == ORIGIN and post is not None \
                    and not _in_uk(get_str(chain[0], "ocg_gid")) and _ARRIVAL.search(text):
                chain.append(post)  # "the coach arrived from Calais", in Dover's note
                confidence = BORDER_POST_CONFIDENCE
            if len(chain) < 2:
                position = _Position(chain[-1], told[index], travellers,
                                     origin_only=ordered[-1][0] == ORIGIN)
                continue
            route = RouteMention(tuple(chain), _mode(text), travellers, sentence, confidence)
            position = _Position(chain[-1], told[index], travellers, len(found))
            found.append(route)
        return iter(_to_border_post(post, found))


#: Confidence of a route whose last stop is the border post that wrote the report.
BORDER_POST_CONFIDENCE = 0.6
#: Kinds of place where a border officer writes about arrivals.
_BORDER_POSTS = frozenset({"airport", "port"})


_ARRIVAL = re.compile(r"\b(?:arriv\w*|landed|disembark\w*|(?:flight|ferry|coach|boat|lorry)"
                      r" from)\b", re.IGNORECASE)


def _border_post(doc: Doc) -> Span | None:
    """Answer the UK port or airport the report's first line names ("Border Force -
    Heathrow T3 - ... note"), where its officers saw the arrivals it tells of."""
    first_line = doc_text(doc).find("\n")
    return next((e for e in doc.ents if e.label_ == labels.LOCATION
                 and (first_line < 0 or e.end_char <= first_line)
                 and get_str(e, "ocg_kind") in _BORDER_POSTS
                 and _in_uk(get_str(e, "ocg_gid"))), None)


def _to_border_post(post: Span | None, found: list[RouteMention]) -> list[RouteMention]:
    """Answer the routes, each that never reaches the UK ending at the border `post`
    ("Flight from Madrid, passengers connecting ex Lagos" arrived at Heathrow)."""
    if post is None:
        return found
    return [route if any(_in_uk(get_str(stop, "ocg_gid")) for stop in route.stops)
            else replace(route, stops=(*route.stops, post),
                         confidence=min(route.confidence, BORDER_POST_CONFIDENCE))
            for route in found]


def _in_uk(gid: str | None) -> bool:
    return gid is not None and (gid == _UK or lies_in(gid, _UK))


#: Place kinds wide enough to hold the place where the travellers already are.
_AREAS = frozenset({"country", "region"})
_UK = "country:GB"
#: Place kinds that only say where in the previous stop the travellers went.
_REFINEMENTS = frozenset({"address", "street", "site", "premises"})


@dataclass(frozen=True, slots=True)
class _Position:
    """Where the travellers last were: a place, the sentence that said so, and who."""

    place: Span
    sentence: int
    travellers: tuple[Span, ...]
    route: int | None = None  # the index of the route that ended there, if one did
    origin_only: bool = False
    home: bool = False  # where someone is from, said before any journey


def _home(doc: Doc, sentence: Span, stops: list[Span]) -> Span | None:
    """Answer the place a sentence says someone is from ("she is from Elbasan", "grew up in
    Durrës", "Home area: a village in Nghe An province"), or None."""
    text = doc_text(doc)
    for span in stops:
        # from the text, not the sentence: a form's "Home area:" label is parsed apart
        if _HOME.search(text[max(0, span.start_char - 60):span.start_char]):
            return span
    return None


def _inside(span: Span, area: Span) -> bool:
    """Answer whether place `span` lies in the country or region `area`."""
    inner, outer = get_str(span, "ocg_gid"), get_str(area, "ocg_gid")
    return get_str(area, "ocg_kind") in _AREAS and inner is not None and outer is not None \
        and lies_in(inner, outer)


def _drop_areas(chain: list[Span]) -> list[Span]:
    """Drop a country or region named next to a stop inside it ("to Germany, where they
    stayed in Berlin", "from Lagos, Nigeria"): the route keeps the specific stop."""
    return [span for i, span in enumerate(chain) if get_str(span, "ocg_gid") == _UK
            or not any(_inside(other, span) for other in chain[max(0, i - 1):i + 2])]


def _refine_end(found: list[RouteMention], position: _Position, stop: Span) -> bool:
    """Replace the country or region a route ended in by the stop inside it that the next
    sentence names ("went to France. In France he stayed near Dunkirk"). Arrival in the UK
    stays a stop of its own: it is the border crossing. Answer whether it was replaced."""
    if position.route is None or get_str(position.place, "ocg_gid") == _UK:
        return False
    route = found[position.route]
    if len(route.stops) < 2 or _key(route.stops[-2]) == _key(stop):
        return False
    found[position.route] = replace(route, stops=(*route.stops[:-1], stop))
    return True


def _drop_refinements(chain: list[Span]) -> list[Span]:
    """Drop an address right after the town it is in ("to Leeds, to a house at 63 Ashvale
    Terrace"): one stop, named twice."""
    out: list[Span] = []
    for span in chain:
        if out and get_str(span, "ocg_kind") in _REFINEMENTS and \
                get_str(out[-1], "ocg_kind") not in _REFINEMENTS:
            continue
        out.append(span)
    return out


def _sentences(doc: Doc) -> list[Span]:
    """Answer the sentences of `doc`, also cut at blank lines and before headings and list
    items (the parser runs a heading into the next sentence)."""
    bounds = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") \
        else [(0, len(doc))]
    out: list[Span] = []
    for start, end in bounds:
        cut = start
        for token in doc[start:end]:
            if token.i > cut and _breaks_before(token):
                out.append(doc[cut:token.i])
                cut = token.i
        if cut < end:
            out.append(doc[cut:end])
    return out


def _breaks_before(token: Token) -> bool:
    if token.is_space and "\n\n" in token.text:
        return True
    if token.i == 0 or token.text not in ("#", "##", "###", "####", "-", "*", "**", "|"):
        return False
    previous = token.doc[token.i - 1]
    return previous.is_space and "\n" in previous.text


def _key(span: Span) -> str:
    return get_str(span, KEY) or (get_str(span, "ocg_canonical") or span.text).lower()


def _dedupe(chain: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in chain:
        if not out or _key(out[-1]) != _key(span):
            out.append(span)
    return out


def _arrow_route(doc: Doc, stops: list[Span]) -> list[Span]:
    """Answer the longest run of places joined by arrows (or dashes between two airports or
    towns in a travel sentence: "flew Bucharest–Luton"), or []."""
    best: list[Span] = []
    run = [stops[0]]
    dashed = True
    for prev, span in pairwise(stops):
        gap = doc_text(doc)[prev.end_char:span.start_char]
        if _ARROW.match(gap) or (_DASH.match(gap) and "\n" not in gap):
            run.append(span)
            dashed = dashed and bool(_DASH.match(gap))
            continue
        if len(run) > len(best) and not (dashed and len(run) < 2):
            best = run
        run, dashed = [span], True
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else []


def _not_a_journey(sentence: Span) -> bool:
    """Answer whether the sentence's mover is money, a call or goods, not a person."""
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _NOT_TRAVELLERS \
                and token.head.lemma_ in GO_VERBS | CARRY_VERBS:
            return True
        if token.dep_ == "dobj" and token.head.lemma_ in CARRY_VERBS and (
                token.lower_ in _NOT_TRAVELLERS or token.ent_type_ == "MONEY"):
            return True  # "sent £2,000 from Ilford to Constanța", "moved the drugs"
    return False


def _roles(doc: Doc, sentence: Span, stops: list[Span]) -> list[tuple[str, Span]]:
    """Answer (role, place) for the places of `sentence` that are stops, in text order."""
    text = doc_text(doc)
    has_point_verb = bool(_POINT_VERBS.search(sentence.text))
    items: list[tuple[str, Span]] = []
    previous: tuple[str | None, Span] | None = None
    for span in stops:
        lo = max(sentence.start_char, span.start_char - 60)
        if previous is not None:
            lo = max(lo, previous[1].end_char)
        before = text[lo:span.start_char]
        role: str | None = None
        if previous is not None and previous[0] is not None and \
                _JOIN.match(text[previous[1].end_char:span.start_char]):
            role = previous[0] if previous[0] != ORIGIN else None
        if role is None:
            role = _role(before, has_point_verb)
        if role is None and _FROM.search(before) and _moved_from(span):
            role = ORIGIN  # "sent the boy from Croydon to Hastings": from hangs on the verb
        if role is not None and not _travel_context(span, role):
            role = None
        previous = (role, span)
        if role is not None:
            items.append((role, span))
    return items


def _role(before: str, has_point_verb: bool) -> str | None:
    if _FROM.search(before):
        return None if _PERSON_FROM.search(before) else ORIGIN
    if _VIA.search(before):
        return VIA
    if _BETWEEN.search(before):
        return LIST
    if _TO.search(before):
        return DEST
    if has_point_verb and _POINT.search(before):
        return POINT
    return None


def _moved_from(span: Span) -> bool:
    """Answer whether a place is the object of a "from" that hangs on a verb of moving
    someone named or a pronoun ("sent him from Croydon to Hastings"; not "drove the three
    men from Medgidia", where the parser cannot tell a journey from a description)."""
    prep = span.root.head
    if prep.dep_ != "prep" or prep.lower_ != "from" \
            or prep.head.lemma_.lower() not in CARRY_VERBS | GO_VERBS:
        return False
    moved = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(moved) and all(c.pos_ == "PRON" or c.ent_type_ == labels.PERSON
                               for c in moved)


def _travel_context(span: Span, role: str) -> bool:
    """Answer False when the place's preposition hangs on a noun that is no journey
    ("two men from Medgidia", "a transfer to a recipient in Constanta")."""
    prep = span.root.head
    if prep.dep_ != "prep" or role == LIST:
        return True
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN", "PRON") and lemma not in _TRAVEL_NOUNS:
        if role == ORIGIN:
            return False
        return role != DEST or lemma not in _NOT_DESTINATIONS
    return True


def _order(sentence: Span, items: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Answer the stops in travel order (see the module docstring)."""
    after = _AFTER.search(sentence.text)
    if after is not None:
        cut = sentence.start_char + after.start()
        first = [i for i in items if i[1].start_char < cut]
        later = [i for i in items if i[1].start_char >= cut]
        if first and later:
            items = [*later, *first]
            items = [(VIA if role == POINT else role, span) for role, span in items]
    text = doc_text(sentence.doc)
    earlier = [i for i in items
               if _EARLIER.search(text[max(sentence.start_char, i[1].start_char - 40):
                                       i[1].start_char])]
    items = [*earlier, *(i for i in items if i not in earlier)]
    out: list[tuple[str, Span]] = []
    for role, span in items:
        if role == ORIGIN and out and all(r in (DEST, POINT) for r, _ in out) and \
                all(_key(s) != _key(span) for _, s in out):  # not "to A and from A to B"
            out.insert(0, (role, span))  # "arrived at Heathrow on a flight from Lagos"
        elif role == VIA and out and out[-1][0] == DEST and not any(
                r == DEST and s.start > span.start for r, s in items):
            out.insert(len(out) - 1, (role, span))  # "from A to B through C"
        else:
            out.append((role, span))
    return out


def _mode(text: str) -> str | None:
    match = _MODE_RE.search(text)
    if match is None:
        return None
    for name, value in match.groupdict().items():
        if value is not None:
            return MODES[int(name[1:])][1]
    return None


# --------------------------------------------------------------------------- travellers


class _People:
    """The person and victim-group spans of a Doc, indexed by token for quick look-ups."""

    def __init__(self, doc: Doc) -> None:
        self.spans = [e for e in doc.ents if e.label_ in (labels.PERSON, labels.VICTIM_GROUP)]
        self.ends = [s.end for s in self.spans]
        self.at: dict[int, Span] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.at[i] = span

    def before(self, i: int, limit: int = 25) -> list[Span]:
        """Answer the last `limit` spans that end at or before token `i`."""
        stop = bisect_right(self.ends, i)
        return self.spans[max(0, stop - limit):stop]


def _travellers(sentence: Span, people: _People) -> tuple[Span, ...]:
    """Answer the entity spans of who travels in `sentence` (maybe none)."""
    verb = _travel_verb(sentence)
    if verb is None:
        return ()
    lemma = verb.lemma_.lower()
    objects = [t for t in verb.children if t.dep_ in ("dobj", "obj")]
    subjects = [t for t in verb.children if t.dep_ == "nsubjpass"]
    if not subjects and not (objects and lemma in CARRY_VERBS):
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB",
                                                                                       "AUX"):
        subjects = [t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    heads = objects if objects and lemma in CARRY_VERBS else subjects
    found: list[Span] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            span = _resolve(token, people)
            if span is not None and all(_key(s) != _key(span) for s in found):
                found.append(span)
    for token in sentence:  # "flew with her", "together with two other girls"
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head == verb:
            span = _resolve(token, people)
            if span is not None and span.label_ == labels.VICTIM_GROUP and \
                    all(_key(s) != _key(span) for s in found):
                found.append(span)
    return tuple(found)


def _travel_verb(sentence: Span) -> Token | None:
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in GO_VERBS | CARRY_VERBS:
            if token.lemma_.lower() in ("get", "run", "change", "stop", "take") and not any(
                    c.dep_ == "prep" or c.dep_ == "dobj" for c in token.children):
                continue
            return token
    return None


def _resolve(token: Token, people: _People) -> Span | None:
    """Answer the person or victim-group entity `token` names or refers back to."""
    if token.i in people.at:
        return people.at[token.i]
    for child in token.children:  # "the three men" heads inside a re-mention span
        if child.i in people.at:
            return people.at[child.i]
    word = token.lower_
    if word in _FEMALE_PRONOUNS | _MALE_PRONOUNS | _PLURAL_PRONOUNS:
        return _antecedent(token, word, people)
    return None


def _antecedent(token: Token, word: str, people: _People) -> Span | None:
    earlier = people.before(token.i)
    victims = [s for s in earlier if s.label_ == labels.VICTIM_GROUP
               or "victim" in attrs_of(s).get("roles", [])]
    return _fitting(victims, word) or _fitting(earlier, word)


def _fitting(earlier: list[Span], word: str) -> Span | None:
    """Answer the last of `earlier` that the pronoun `word` may stand for."""
    for span in reversed(earlier):
        attrs = attrs_of(span)
        if attrs.get("official"):
            continue
        count = attrs.get("count", 1 if span.label_ == labels.PERSON else None)
        gender = attrs.get("gender")
        if word in _PLURAL_PRONOUNS:
            if span.label_ == labels.VICTIM_GROUP and count != 1:
                return span
            continue
        if count not in (1, None) or (span.label_ == labels.VICTIM_GROUP and count != 1):
            continue
        wanted = "female" if word in _FEMALE_PRONOUNS else "male"
        if gender in (None, wanted):
            return span
    return None


# --------------------------------------------------------------------------- journeys


def chain_routes(routes: Sequence[RouteMention]) -> list[Journey]:
    """Answer the route mentions joined into journeys: a mention that starts where the
    previous one ended continues it.

    The journey's mode is the highest-ranked mode of its legs (a lorry leg names a
    journey that also had a car leg); its travellers are all the legs' travellers.
    """
    journeys: list[list[RouteMention]] = []
    for route in routes:
        if journeys and _key(journeys[-1][-1].stops[-1]) == _key(route.stops[0]):
            journeys[-1].append(route)
        else:
            journeys.append([route])
    out = []
    for legs in journeys:
        stops: list[Span] = []
        for leg in legs:
            stops.extend(leg.stops if not stops else leg.stops[1:])
        modes = [leg.mode for leg in legs if leg.mode]
        mode = min(modes, key=MODE_RANK.index) if modes else None
        travellers: list[Span] = []
        for leg in legs:
            for span in leg.travellers:
                if all(_key(s) != _key(span) for s in travellers):
                    travellers.append(span)
        out.append(Journey(tuple(legs), tuple(_dedupe(stops)), mode, tuple(travellers)))
    return out
