"""Exploitation typologies: what a group does, to whom, where, and with which means.

Grounded in the domain brief (§2.3, §3.3–3.5): Albanian sexual exploitation and car washes,
Vietnamese nail bars and cannabis grows, Romanian begging and construction labour, Nigerian
sexual exploitation and domestic servitude, Chinese massage parlours and takeaways, Polish
agency labour on farms, in factories and hotels, British county lines.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Typology:
    """One way a group exploits its victims."""

    key: str
    label: str
    purpose: str  # sexual | labour | domestic_servitude | criminal (the EXPLOITED purpose)
    setting: str  # where the work happens, in words: "nail bar", "cannabis grow"
    sectors: tuple[str, ...]  # kinds of business the group runs or uses
    premises: tuple[str, ...]  # kinds of non-business address: "short-let flat", ...
    gender: str  # victims: female | male | mixed
    child_share: float
    adult_ages: tuple[int, int]
    child_ages: tuple[int, int]
    methods: tuple[str, ...]  # how victims are recruited
    means: tuple[str, ...]  # how they are controlled
    work: tuple[str, ...]  # what they are made to do ("to ..." infinitive phrases)
    town_tag: str = "hub"  # where the premises are: hub, rural or line_target towns


_DEBT = "debt bondage"
_DOCS = "retention of identity documents"
_THREATS = "threats against family"
_VIOLENCE = "violence"
_ISOLATION = "isolation"

TYPOLOGIES: dict[str, Typology] = {t.key: t for t in (
    Typology("sexual", "sexual exploitation in pop-up brothels", "sexual", "brothel",
             ("massage parlour",), ("short-let flat", "brothel flat"), "female", 0.15,
             (18, 29), (15, 17),
             ("a false job offer as a waitress", "a 'loverboy' relationship",
              "an online advert for modelling work", "a job offer through a family friend"),
             (_DEBT, _THREATS, _VIOLENCE, _DOCS),
             ("see clients", "sell sex", "work in the flats", "work as escorts")),
    Typology("nail_bar", "forced labour in nail bars", "labour", "nail bar",
             ("nail bar",), ("workers' house",), "female", 0.2, (18, 30), (15, 17),
             ("the offer of a job in a beauty salon", "a job promised by a relative",
              "a journey on credit arranged by a local agent"),
             (_DEBT, _DOCS, _ISOLATION, "withheld wages"),
             ("do manicures and acrylics", "work at the nail stations", "clean the salon")),
    Typology("car_wash", "forced labour in hand car washes", "labour", "car wash",
             ("car wash",), ("workers' house",), "male", 0.05, (18, 40), (16, 17),
             ("a job offer on social media", "a journey on credit", "a job offer from a cousin"),
             (_DEBT, _DOCS, _THREATS, "withheld wages"),
             ("wash cars", "valet cars twelve hours a day", "work at the car wash")),
    Typology("farm", "agency labour on farms", "labour", "farm",
             ("farm", "recruitment agency"), ("workers' house", "caravan site"), "mixed", 0.02,
             (18, 55), (16, 17),
             ("a 'package deal' of transport, housing and work", "a newspaper advert",
              "an internet advert for soft-fruit picking"),
             (_DEBT, "excessive deductions from wages", _DOCS),
             ("pick and pack vegetables", "work in the fields", "pick soft fruit"), "rural"),
    Typology("factory", "agency labour in food factories", "labour", "factory",
             ("food factory", "recruitment agency"), ("workers' house",), "mixed", 0.02,
             (18, 55), (16, 17),
             ("a 'package deal' of transport, housing and work", "an internet job advert",
              "a job offer from an acquaintance"),
             (_DEBT, "excessive deductions from wages", _DOCS),
             ("work night shifts on the packing line", "catch chickens", "pack meat")),
    Typology("hotel", "agency labour in hotels", "labour", "hotel",
             ("hotel", "recruitment agency"), ("workers' house",), "female", 0.0,
             (20, 45), (17, 17),
             ("an internet advert for housekeeping work", "a job offer through a friend"),
             (_DEBT, "excessive deductions from wages", _ISOLATION),
             ("clean rooms", "work as housekeepers", "work in the hotel laundry")),
    Typology("takeaway", "forced labour in takeaways", "labour", "takeaway",
             ("takeaway",), ("room above the shop",), "male", 0.05, (18, 45), (16, 17),
             ("a debt-financed journey arranged by a snakehead", "a job offer from a relative"),
             (_DEBT, _DOCS, _ISOLATION),
             ("work in the kitchen", "cook and deliver food", "work fourteen-hour shifts")),
    Typology("construction", "forced labour in construction", "labour", "construction site",
             ("construction firm",), ("workers' house", "caravan site"), "male", 0.0,
             (20, 60), (17, 17),
             ("an offer of work at a homeless shelter", "a 'package deal' of travel and work",
              "a job offer from a neighbour"),
             (_DEBT, _VIOLENCE, "withheld wages", _DOCS),
             ("lay block paving", "labour on building sites", "do groundworks")),
    Typology("domestic_servitude", "domestic servitude in private households",
             "domestic_servitude", "household", (), ("family home",), "female", 0.4,
             (18, 40), (12, 17),
             ("a promise of schooling in the UK", "an offer of work as a nanny",
              "an arrangement through a relative"),
             (_DOCS, _ISOLATION, _VIOLENCE, "no pay"),
             ("clean, cook and look after the children", "do all the housework",
              "care for the family's children")),
    Typology("cannabis", "criminal exploitation in cannabis grows", "criminal", "cannabis grow",
             (), ("cannabis grow", "workers' house"), "male", 0.6, (18, 25), (14, 17),
             ("a promise of restaurant work", "a debt-financed journey arranged by a local agent"),
             (_DEBT, _THREATS, "locked in the premises", _ISOLATION),
             ("water and tend the plants", "guard the grow", "look after the cannabis")),
    Typology("county_lines", "county lines drug supply", "criminal", "county line",
             ("car dealer",), ("trap house", "cuckooed flat"), "male", 0.85, (18, 22), (13, 17),
             ("gifts and money outside a pupil referral unit", "an offer of 'easy money'",
              "grooming on social media"),
             (_DEBT, _VIOLENCE, "threats", "staged robberies"),
             ("sell crack and heroin", "hold drugs in a trap house", "run the line")),
    Typology("begging", "forced begging and shoplifting", "criminal", "begging pitch",
             (), ("family home", "workers' house"), "mixed", 0.45, (25, 65), (8, 15),
             ("an offer of work through a family friend", "a promise of construction work"),
             (_DEBT, "threats", _DOCS, "exploitation of disability"),
             ("beg in the city centre", "shoplift to order", "beg outside supermarkets")),
)}

#: Which typologies each nationality's groups take (weighted by repetition).
BY_NATIONALITY: dict[str, tuple[str, ...]] = {
    "Albanian": ("sexual", "sexual", "car_wash", "cannabis"),
    "Vietnamese": ("nail_bar", "nail_bar", "cannabis"),
    "Romanian": ("sexual", "begging", "construction"),
    "Nigerian": ("sexual", "sexual", "domestic_servitude"),
    "Chinese": ("sexual", "takeaway", "factory"),
    "Polish": ("farm", "factory", "hotel"),
    "British": ("county_lines", "county_lines", "construction"),
}

#: Means that belong to one nationality's groups only (§3.4: juju oaths before travel).
EXTRA_MEANS: dict[str, tuple[str, ...]] = {"Nigerian": ("juju oath",)}

#: What the group is called in reports, by typology: {surname} is the leader's surname.
#: The first form is the canonical name; the others are aliases used in reports.
GROUP_NAME_STYLES: dict[str, tuple[str, ...]] = {
    "default": ("{SURNAME} group", "{SURNAME} network", "{Surname} OCG", "{Surname} network"),
    "family": ("{SURNAME} family", "{Surname} family", "{SURNAME} network", "{Surname} clan"),
    "county_lines": ("{nick} line", "{nick} Line", "{SURNAME} line", "{Surname} group"),
}
