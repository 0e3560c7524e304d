"""The words of relations in report language: verbs, relation nouns, purposes and means.

A verb frame says which relation types a verb can state and which of its arguments is the
source and which the target. Argument roles:

- ``agent``: the doer (active subject, or the ``by`` phrase of a passive);
- ``patient``: the one acted on (active object, or the subject of a passive);
- ``prep:<word>``: the object of a preposition hanging on the verb ("work *at* X").

One verb may state several types ("drove the women" is TRANSPORTED, "drove a van" is
USES): every candidate is tried and the schema's endpoint rules keep the ones that fit.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Frame:
    """One way a verb states a relation: `type` from the `source` role to the `target` role."""

    type: str
    source: str
    target: str


AGENT, PATIENT = "agent", "patient"


def _frames(types: tuple[str, ...], source: str = AGENT, target: str = PATIENT) -> list[Frame]:
    return [Frame(t, source, target) for t in types]


_RECRUIT = ("RECRUITED",)
_TRANSPORT = ("TRANSPORTED", "USES")
_HARBOUR = ("HARBOURED",)
_EXPLOIT = ("EXPLOITED",)
_CONTROL = ("CONTROLS",)

#: Verb lemma -> the frames it can state.
VERBS: dict[str, list[Frame]] = {}


def _add(lemmas: str, frames: list[Frame]) -> None:
    for lemma in lemmas.split():
        VERBS.setdefault(lemma, []).extend(frames)


_add("recruit lure groom entice trick befriend approach", _frames(_RECRUIT))
_add("offer promise", _frames(_RECRUIT, AGENT, "prep:to") + _frames(_RECRUIT, AGENT, "dative"))
_add("drive ferry smuggle bring collect transport fly move escort accompany deliver "
     "pick drop traffic ship take", _frames(_TRANSPORT))
_add("place put send", _frames(("TRANSPORTED",)))
# "she flew with IGBINEDION" / "he travelled with the girls": the victim is the target
# (relverbs keeps only the frame whose target is a victim)
_add("travel fly arrive come go journey cross", _frames(("TRANSPORTED",), "prep:with", AGENT)
     + _frames(("TRANSPORTED",), AGENT, "prep:with"))
_add("give", _frames(("TRANSPORTED",), AGENT, "dative") + _frames(("TRANSPORTED",)))
_add("hand", _frames(("TRANSPORTED",)))
_add("house harbour harbor accommodate hide lodge shelter keep hold", _frames(_HARBOUR))
_add("exploit force coerce prostitute pimp sell abuse rape assault advertise", _frames(_EXPLOIT))
_add("control run supervise watch guard threaten beat hit punch slap kick burn intimidate "
     "monitor lock", _frames(_CONTROL))
_add("pay", _frames(("PAID",), AGENT, PATIENT) + _frames(("PAID",), AGENT, "dative")
     + _frames(("PAID",), AGENT, "prep:to"))
_add("send transfer wire remit", _frames(("PAID",), AGENT, "prep:to"))
_add("receive", _frames(("PAID",), "prep:from", AGENT))
# "laundered the cash through Swiftline Money Transfer Ltd", "deposited it with / at ..."
_add("launder", _frames(("PAID",), AGENT, "prep:through") + _frames(("PAID",), AGENT, "prep:via"))
_add("deposit bank", _frames(("PAID",), AGENT, "prep:with") + _frames(("PAID",), AGENT, "prep:at"))
_add("own buy purchase", _frames(("OWNS",)))
_add("run manage operate", _frames(("OWNS", "MEMBER_OF")))
_add("collect take", _frames(("PAID",), "prep:from", AGENT))
_add("register", _frames(("OWNS",), "prep:to", PATIENT))
_add("belong", _frames(("OWNS", "USES"), "prep:to", AGENT))
_add("employ hire engage", _frames(("EMPLOYED_BY",), PATIENT, AGENT))
# "supplied to / placed at / sent to work at Fenwold Farm Ltd" (a Business only, see
# relverbs.PLACEMENT_TYPES)
_add("supply place send deploy assign", _frames(("EMPLOYED_BY",), PATIENT, "prep:to")
     + _frames(("EMPLOYED_BY",), PATIENT, "prep:at"))
_add("supply provide", _frames(("EMPLOYED_BY",), PATIENT, AGENT))
_add("work", _frames(("EMPLOYED_BY", "MEMBER_OF"), AGENT, "prep:for")
     + _frames(("EMPLOYED_BY",), AGENT, "prep:at") + _frames(("EMPLOYED_BY",), AGENT, "prep:in"))
_add("live reside stay sleep", _frames(("LIVES_AT",), AGENT, "prep:at")
     + _frames(("LIVES_AT",), AGENT, "prep:in") + _frames(("HARBOURED",), "prep:with", AGENT))
_add("trade operate base situate locate", _frames(("LOCATED_AT",), AGENT, "prep:from")
     + _frames(("LOCATED_AT",), AGENT, "prep:at") + _frames(("LOCATED_AT",), PATIENT, "prep:in")
     + _frames(("LOCATED_AT",), PATIENT, "prep:at") + _frames(("LOCATED_AT",), AGENT, "prep:in"))
_add("use call text ring phone message contact", _frames(("USES",)))
_add("call text ring phone message contact meet", _frames(("ASSOCIATE_OF",)))
_add("join", _frames(("MEMBER_OF",)))
_add("lead head", _frames(("MEMBER_OF",)))
_add("link connect", _frames(("ASSOCIATE_OF",), PATIENT, "prep:to")
     + _frames(("USES", "LIVES_AT", "OWNS"), "prep:to", PATIENT))
_add("see", _frames(("ASSOCIATE_OF",), PATIENT, "prep:with"))
_add("know", _frames(("ASSOCIATE_OF",), PATIENT, "prep:to"))

#: Verbs whose TRANSPORTED frames need a victim as target ("travelled with").
ACCOMPANYING = frozenset({"travel", "fly", "arrive", "come", "go", "journey", "cross"})
#: Objects with which "give" states TRANSPORTED ("gave two boys lifts").
RIDES = frozenset({"lift", "lifts", "ride", "rides"})

#: Verbs of running something: OWNS a business, leads (MEMBER_OF) a group, CONTROLS
#: anyone or anything else.
RUNNING = frozenset({"run", "manage", "operate"})
#: Verbs that state PAID (from the `from` object) only when what they move is money.
COLLECTING = frozenset({"collect", "take"})
#: Nouns of money, for `COLLECTING`.
MONEY_WORDS = frozenset({"money", "cash", "payment", "payments", "rent", "earnings", "takings",
                         "wages", "wage", "debt", "fee", "fees"})

#: Verbs that state a relation only with this particle ("picked up", not "picked out").
PARTICLES = {"pick": "up", "hand": "over"}
#: Verbs that state movement only with a destination ("took them to Leeds").
NEEDS_DESTINATION = frozenset({"take", "put", "place", "send"})
#: Relation types whose target may be a place.
PLACE_TYPES = frozenset({"LIVES_AT", "LOCATED_AT"})

#: Verbs whose `xcomp` says what the patient was made to do ("forced her to work").
CAUSATIVES = frozenset({"force", "make", "put", "order", "tell", "send", "compel", "coerce",
                        "instruct", "oblige", "pressure", "pressurise"})
#: Causatives that say who gives the orders rather than who profits: CONTROLS ("told her
#: to stay inside", "ordered them to hand over their phones").
INSTRUCTIVES = frozenset({"tell", "order", "instruct"})

#: Person nouns whose holder is FAMILY_OF the possessor ("his brother Erion").
KIN = frozenset({"brother", "sister", "cousin", "wife", "husband", "son", "daughter", "father",
                 "mother", "uncle", "aunt", "nephew", "niece", "partner", "girlfriend",
                 "boyfriend", "brother-in-law", "sister-in-law", "stepson", "stepfather",
                 "stepbrother", "fiancée", "fiance", "fiancee", "grandson", "grandfather"})

#: Role nouns: "<noun> of X" / "X's <noun>" / "<noun>: NAME" state a type to X.
ROLE_NOUNS: dict[str, tuple[str, str]] = {
    "member": ("MEMBER_OF", "member"),
    "part": ("MEMBER_OF", "member"),
    "leader": ("MEMBER_OF", "leader"),
    "head": ("MEMBER_OF", "leader"),
    "boss": ("MEMBER_OF", "leader"),
    "lieutenant": ("MEMBER_OF", "lieutenant"),
    "runner": ("MEMBER_OF", "runner"),
    "enforcer": ("MEMBER_OF", "enforcer"),
    "figure": ("MEMBER_OF", "member"),
    "recruiter": ("RECRUITED", ""),
    "transporter": ("TRANSPORTED", ""),
    "controller": ("CONTROLS", ""),
    "exploiter": ("EXPLOITED", ""),
    "madam": ("CONTROLS", ""),
    "pimp": ("EXPLOITED", ""),
    "associate": ("ASSOCIATE_OF", ""),
    "contact": ("ASSOCIATE_OF", ""),
    "friend": ("ASSOCIATE_OF", ""),
    "owner": ("OWNS", ""),
    "director": ("OWNS", "director"),
    "proprietor": ("OWNS", ""),
    "keeper": ("OWNS", ""),
    "manager": ("EMPLOYED_BY", "manager"),
    "employee": ("EMPLOYED_BY", "employee"),
    "worker": ("EMPLOYED_BY", "worker"),
    "staff": ("EMPLOYED_BY", "staff"),
    "cleaner": ("EMPLOYED_BY", "cleaner"),
    "labourer": ("EMPLOYED_BY", "labourer"),
    "housekeeper": ("EMPLOYED_BY", "housekeeper"),
    "picker": ("EMPLOYED_BY", "picker"),
    "packer": ("EMPLOYED_BY", "packer"),
    "washer": ("EMPLOYED_BY", "washer"),
    "technician": ("EMPLOYED_BY", "technician"),
    "driver": ("EMPLOYED_BY", "driver"),
    "supervisor": ("EMPLOYED_BY", "supervisor"),
}

#: Identifier nouns: "X's phone 07700 900123", "his van", "her passport".
IDENTIFIER_NOUNS = frozenset({"phone", "mobile", "number", "handset", "sim", "line", "e-mail",
                              "email", "address", "van", "car", "vehicle", "minibus", "lorry",
                              "passport", "visa", "card", "permit", "document", "tel",
                              "telephone"})

#: Nouns that denote victims as a group (a definite mention: "the women").
VICTIM_NOUNS = frozenset({"woman", "girl", "boy", "man", "men", "women", "worker", "victim",
                          "child", "children", "passenger", "people", "migrant", "adult",
                          "teenager", "minor", "female", "male", "youth"})

#: Exploitation purpose -> lemmas or words that signal it in a sentence.
PURPOSES: dict[str, frozenset[str]] = {
    "sexual": frozenset({"brothel", "prostitution", "prostitute", "sex", "sexual", "escort",
                         "advert", "punter", "client", "incall", "outcall", "massage",
                         "pimp", "rape"}),
    "labour": frozenset({"labour", "labor", "wage", "wages", "farm", "factory", "wash",
                         "nail", "construction", "building", "site", "shift", "harvest",
                         "warehouse", "packing", "hotel", "housekeeper", "restaurant",
                         "takeaway", "kitchen", "plant", "field"}),
    "domestic_servitude": frozenset({"domestic", "servitude", "housework", "cook", "clean",
                                     "childcare", "nanny", "servant", "household"}),
    "criminal": frozenset({"cannabis", "drug", "crack", "heroin", "county", "deal",
                           "begging", "beg", "shoplift", "shoplifting", "theft", "steal",
                           "grow", "trap", "cuckoo", "cuckooing"}),
}

#: Means (Palermo) -> lemmas that signal it in a sentence.
MEANS: dict[str, frozenset[str]] = {
    "debt_bondage": frozenset({"debt", "owe", "repay", "bondage"}),
    "threats": frozenset({"threaten", "threat", "afraid", "warn"}),
    "violence": frozenset({"beat", "hit", "punch", "assault", "violence", "burn", "scald",
                           "kick", "slap", "stab", "rape", "iron"}),
    "document_retention": frozenset({"passport", "passports", "document", "identity"}),
    "deception": frozenset({"promise", "deceive", "lie", "false", "fake", "advert", "offer",
                            "job"}),
    "juju_oath": frozenset({"juju", "oath", "ritual", "shrine"}),
    "drugs": frozenset({"addiction", "addict"}),
    "isolation": frozenset({"lock", "padlock", "isolate"}),
    "financial_control": frozenset({"card", "pin", "account", "wage", "wages"}),
}

#: Verbs that, with a document word as object, mean the document was retained.
RETAIN_VERBS = frozenset({"take", "keep", "hold", "have", "retain", "confiscate", "seize"})
