"""Gazetteer for the synthetic world: real UK towns with their police force, real origin and
transit places abroad, UK border points, corridor templates, and stems for fictional streets.
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(block: str) -> tuple[str, ...]:
    return tuple(block.split())


@dataclass(frozen=True)
class Place:
    """A real place: name as written, kind (city, port, airport, ...) and country."""

    name: str
    kind: str
    country: str


@dataclass(frozen=True)
class UkTown:
    """A real UK town or district, the force that polices it and its drama landline area."""

    name: str
    kind: str  # city, town or area (a district of a city)
    force: str
    area_code: str | None  # "020", "0121" or "0113": Ofcom drama ranges exist only for these
    parent: str | None  # the city a district belongs to ("London" for "Ilford")
    tags: frozenset[str]  # hub, rural, coastal, line_target


def _towns(force: str, area: str | None, parent: str | None, kind: str, tags: str,
           names: str) -> list[UkTown]:
    return [UkTown(n.strip(), kind, force, area, parent, frozenset(tags.split()))
            for n in names.split(",")]


_MET = "Metropolitan Police"
UK_TOWNS: tuple[UkTown, ...] = tuple(
    _towns(_MET, "020", "London", "area", "hub",
           "Ilford, Barking, Tottenham, Woolwich, Thamesmead, Croydon, Harrow, Enfield, "
           "Wembley, Southall, Lewisham, Peckham, Stratford, Hackney, Brixton, Edmonton, "
           "Walthamstow, Dagenham, Romford, Hounslow")
    + _towns("West Midlands Police", "0121", "Birmingham", "area", "hub",
             "Edgbaston, Handsworth, Sparkbrook, Small Heath, Erdington, Solihull")
    + _towns("West Midlands Police", "0121", None, "city", "hub", "Birmingham")
    + _towns("West Midlands Police", None, None, "town", "hub",
             "Walsall, Wolverhampton, Coventry, West Bromwich")
    + _towns("West Yorkshire Police", "0113", None, "city", "hub", "Leeds")
    + _towns("West Yorkshire Police", "0113", "Leeds", "area", "hub", "Harehills, Beeston, Armley")
    + _towns("West Yorkshire Police", None, None, "town", "hub",
             "Bradford, Wakefield, Huddersfield, Halifax")
    + _towns("Greater Manchester Police", None, None, "city", "hub", "Manchester")
    + _towns("Greater Manchester Police", None, None, "town", "hub",
             "Salford, Oldham, Bolton, Wigan, Rochdale")
    + _towns("Merseyside Police", None, None, "city", "hub", "Liverpool")
    + _towns("South Yorkshire Police", None, None, "town", "hub", "Sheffield, Rotherham, Doncaster")
    + _towns("Northumbria Police", None, None, "town", "hub", "Newcastle, Sunderland, Gateshead")
    + _towns("Nottinghamshire Police", None, None, "city", "hub", "Nottingham")
    + _towns("Leicestershire Police", None, None, "city", "hub", "Leicester")
    + _towns("Avon and Somerset Police", None, None, "city", "hub", "Bristol")
    + _towns("South Wales Police", None, None, "city", "hub", "Cardiff, Swansea")
    + _towns("Police Scotland", None, None, "city", "hub", "Glasgow, Edinburgh, Aberdeen")
    + _towns("Hampshire Constabulary", None, None, "city", "hub coastal", "Southampton, Portsmouth")
    + _towns("Thames Valley Police", None, None, "town", "hub",
             "Reading, Slough, Milton Keynes, Oxford")
    + _towns("Kent Police", None, None, "town", "coastal line_target",
             "Margate, Folkestone, Ramsgate")
    + _towns("Kent Police", None, None, "town", "line_target", "Maidstone, Canterbury, Chatham")
    + _towns("Sussex Police", None, None, "town", "coastal line_target",
             "Hastings, Eastbourne, Brighton")
    + _towns("Norfolk Constabulary", None, None, "town", "coastal line_target rural",
             "Great Yarmouth, King's Lynn")
    + _towns("Norfolk Constabulary", None, None, "city", "line_target", "Norwich")
    + _towns("Suffolk Constabulary", None, None, "town", "line_target", "Ipswich, Lowestoft")
    + _towns("Cambridgeshire Constabulary", None, None, "town", "rural", "Wisbech, Peterborough")
    + _towns("Lincolnshire Police", None, None, "town", "rural line_target",
             "Boston, Spalding, Lincoln")
    + _towns("Bedfordshire Police", None, None, "town", "hub", "Luton, Bedford")
    + _towns("Wiltshire Police", None, None, "town", "line_target", "Swindon, Salisbury")
    + _towns("Devon and Cornwall Police", None, None, "city", "line_target coastal",
             "Exeter, Plymouth")
    + _towns("Humberside Police", None, None, "town", "line_target", "Scunthorpe, Grimsby")
    + _towns("North Yorkshire Police", None, None, "town", "rural", "Harrogate, Selby, York")
    + _towns("West Mercia Police", None, None, "town", "rural", "Evesham, Hereford, Worcester")
    + _towns("Lancashire Constabulary", None, None, "town", "coastal line_target",
             "Blackpool, Preston")
    + _towns("Essex Police", None, None, "town", "line_target",
             "Southend-on-Sea, Chelmsford, Colchester")
    + _towns("Dyfed-Powys Police", None, None, "town", "coastal line_target",
             "Aberystwyth, Llanelli")
)
TOWNS_BY_NAME: dict[str, UkTown] = {t.name: t for t in UK_TOWNS}

#: UK border points and stations → the force whose area they are in.
BORDER_FORCES: dict[str, str] = {
    "Dover": "Kent Police", "Folkestone Eurotunnel terminal": "Kent Police",
    "Purfleet": "Essex Police", "Harwich": "Essex Police", "Hull": "Humberside Police",
    "Heathrow": _MET, "Gatwick": "Sussex Police", "Stansted": "Essex Police",
    "Luton Airport": "Bedfordshire Police", "Manchester Airport": "Greater Manchester Police",
    "Birmingham Airport": "West Midlands Police", "London Victoria Coach Station": _MET,
    "London Euston": _MET, "London Bridge": _MET,
}
ROADS: tuple[str, ...] = ("M1", "M6", "M25", "M20")

#: Force name → how a log header writes it.
FORCE_SHORT: dict[str, str] = {
    _MET: "MPS", "West Midlands Police": "WMP", "West Yorkshire Police": "WYP",
    "Greater Manchester Police": "GMP", "Merseyside Police": "Merseyside",
    "Kent Police": "Kent", "Thames Valley Police": "TVP", "Hampshire Constabulary": "Hants",
    "Police Scotland": "Police Scotland", "South Yorkshire Police": "SYP",
}

_P = Place
_PLACES: tuple[Place, ...] = (
    # countries
    *(_P(c, "country", c) for c in (
        "Albania", "Italy", "Greece", "France", "Belgium", "Netherlands", "Germany", "Spain",
        "Vietnam", "Russia", "Belarus", "Poland", "Czech Republic", "Hungary", "Austria",
        "Romania", "Nigeria", "Niger", "Libya", "Turkey", "China", "United Kingdom")),
    # origins
    _P("Tirana", "city", "Albania"), _P("Durrës", "city", "Albania"),
    _P("Vlorë", "city", "Albania"), _P("Shkodër", "city", "Albania"),
    _P("Elbasan", "city", "Albania"), _P("Fier", "city", "Albania"),
    _P("Kukës", "town", "Albania"),
    _P("Nghe An", "region", "Vietnam"), _P("Ha Tinh", "region", "Vietnam"),
    _P("Hai Phong", "city", "Vietnam"), _P("Quang Binh", "region", "Vietnam"),
    _P("Hanoi", "city", "Vietnam"), _P("Thanh Hoa", "region", "Vietnam"),
    _P("Constanța", "city", "Romania"), _P("Bucharest", "city", "Romania"),
    _P("Iași", "city", "Romania"), _P("Craiova", "city", "Romania"),
    _P("Brașov", "city", "Romania"), _P("Medgidia", "town", "Romania"),
    _P("Botoșani", "city", "Romania"), _P("Galați", "city", "Romania"),
    _P("Benin City", "city", "Nigeria"), _P("Lagos", "city", "Nigeria"),
    _P("Abuja", "city", "Nigeria"), _P("Port Harcourt", "city", "Nigeria"),
    _P("Enugu", "city", "Nigeria"), _P("Warri", "city", "Nigeria"),
    _P("Fuzhou", "city", "China"), _P("Fuqing", "city", "China"),
    _P("Changle", "city", "China"), _P("Wenzhou", "city", "China"),
    _P("Shenyang", "city", "China"), _P("Harbin", "city", "China"),
    _P("Wałbrzych", "town", "Poland"), _P("Łódź", "city", "Poland"),
    _P("Rzeszów", "city", "Poland"), _P("Bydgoszcz", "city", "Poland"),
    _P("Lublin", "city", "Poland"), _P("Białystok", "city", "Poland"),
    _P("Kielce", "city", "Poland"),
    # transit
    _P("Bari", "port", "Italy"), _P("Ancona", "port", "Italy"), _P("Milan", "city", "Italy"),
    _P("Rome", "city", "Italy"), _P("Lampedusa", "island", "Italy"),
    _P("Paris", "city", "France"), _P("Lyon", "city", "France"),
    _P("Paris Charles de Gaulle", "airport", "France"),
    _P("Calais", "port", "France"), _P("Dunkirk", "port", "France"),
    _P("Brussels", "city", "Belgium"), _P("Zeebrugge", "port", "Belgium"),
    _P("Rotterdam", "port", "Netherlands"), _P("Amsterdam", "city", "Netherlands"),
    _P("Hook of Holland", "port", "Netherlands"),
    _P("Berlin", "city", "Germany"), _P("Frankfurt", "city", "Germany"),
    _P("Munich", "city", "Germany"), _P("Madrid", "city", "Spain"),
    _P("Igoumenitsa", "port", "Greece"), _P("Athens", "city", "Greece"),
    _P("Kakavia", "border_point", "Greece"),
    _P("Moscow", "city", "Russia"), _P("Minsk", "city", "Belarus"),
    _P("Warsaw", "city", "Poland"), _P("Poznań", "city", "Poland"),
    _P("Katowice", "city", "Poland"), _P("Gdańsk", "city", "Poland"),
    _P("Prague", "city", "Czech Republic"), _P("Budapest", "city", "Hungary"),
    _P("Vienna", "city", "Austria"), _P("Nădlac", "border_point", "Romania"),
    _P("Dongxing", "border_point", "China"), _P("Beijing", "city", "China"),
    _P("Istanbul", "city", "Turkey"), _P("Kano", "city", "Nigeria"),
    _P("Agadez", "city", "Niger"), _P("Tripoli", "city", "Libya"),
    # UK border points and internal transit
    _P("Dover", "port", "United Kingdom"), _P("Folkestone Eurotunnel terminal", "border_point",
                                              "United Kingdom"),
    _P("Purfleet", "port", "United Kingdom"), _P("Harwich", "port", "United Kingdom"),
    _P("Hull", "port", "United Kingdom"), _P("Heathrow", "airport", "United Kingdom"),
    _P("Gatwick", "airport", "United Kingdom"), _P("Stansted", "airport", "United Kingdom"),
    _P("Luton Airport", "airport", "United Kingdom"),
    _P("Manchester Airport", "airport", "United Kingdom"),
    _P("Birmingham Airport", "airport", "United Kingdom"),
    _P("London Victoria Coach Station", "station", "United Kingdom"),
    _P("London Euston", "station", "United Kingdom"),
    _P("London Bridge", "station", "United Kingdom"),
    _P("M1", "road", "United Kingdom"), _P("M6", "road", "United Kingdom"),
    _P("M25", "road", "United Kingdom"), _P("M20", "road", "United Kingdom"),
)
PLACES: dict[str, Place] = {p.name: p for p in _PLACES}

ORIGINS: dict[str, tuple[str, ...]] = {
    "Albanian": ("Tirana", "Durrës", "Vlorë", "Shkodër", "Elbasan", "Fier", "Kukës"),
    "Vietnamese": ("Nghe An", "Ha Tinh", "Hai Phong", "Quang Binh", "Hanoi", "Thanh Hoa"),
    "Romanian": ("Constanța", "Bucharest", "Iași", "Craiova", "Brașov", "Medgidia", "Botoșani",
                 "Galați"),
    "Nigerian": ("Benin City", "Lagos", "Abuja", "Port Harcourt", "Enugu", "Warri"),
    "Chinese": ("Fuzhou", "Fuqing", "Changle", "Wenzhou", "Shenyang", "Harbin"),
    "Polish": ("Wałbrzych", "Łódź", "Rzeszów", "Bydgoszcz", "Lublin", "Białystok", "Kielce"),
    "British": ("Tottenham", "Hackney", "Brixton", "Peckham", "Birmingham", "Liverpool",
                "Manchester", "Leeds"),
}

#: Corridor templates by nationality: "mode Place" legs after the origin ("_" in a mode is a
#: space); the last leg of an
#: international template arrives at a UK border point. A leg to the UK destination follows.
CORRIDORS: dict[str, tuple[str, ...]] = {
    "Albanian": (
        "ferry Bari; car Milan; train Paris; car Calais; lorry Dover",
        "car Igoumenitsa; ferry Ancona; car Lyon; car Calais; lorry Folkestone Eurotunnel terminal",
        "flight Brussels; car Dunkirk; small_boat Dover",
        "flight Rome; flight Stansted",
        "car Kakavia; car Athens; flight Paris; car Calais; lorry Dover",
    ),
    "Vietnamese": (
        "flight Moscow; car Minsk; car Warsaw; car Berlin; car Paris; car Dunkirk; lorry Dover",
        "car Dongxing; flight Prague; car Frankfurt; car Brussels; car Zeebrugge; lorry Purfleet",
        "flight Budapest; car Vienna; car Brussels; car Dunkirk; small_boat Dover",
        "flight Moscow; car Warsaw; car Berlin; car Calais; lorry Folkestone Eurotunnel terminal",
    ),
    "Romanian": (
        "minibus Nădlac; minibus Vienna; minibus Munich; minibus Brussels; minibus Calais; "
        "ferry Dover",
        "coach Budapest; flight Luton Airport",
        "coach Budapest; coach Frankfurt; coach Rotterdam; ferry Harwich",
    ),
    "Nigerian": (
        "car Lagos; flight Heathrow",
        "car Lagos; flight Paris Charles de Gaulle; flight Heathrow",
        "car Lagos; flight Madrid; flight Gatwick",
        "flight Istanbul; flight Manchester Airport",
        "bus Kano; lorry Agadez; lorry Tripoli; boat Lampedusa; train Rome; train Paris; "
        "car Calais; lorry Dover",
    ),
    "Chinese": (
        "flight Beijing; flight Heathrow",
        "flight Moscow; flight Paris; car Calais; lorry Dover",
        "flight Istanbul; flight Birmingham Airport",
        "flight Beijing; flight Amsterdam; train Hook of Holland; ferry Harwich",
    ),
    "Polish": (
        "minibus Berlin; minibus Rotterdam; ferry Hull",
        "coach Katowice; flight Luton Airport",
        "minibus Poznań; minibus Berlin; minibus Amsterdam; minibus Calais; ferry Dover",
        "coach Gdańsk; flight Stansted",
    ),
    "British": (
        "train London Euston",
        "coach London Victoria Coach Station",
        "car M25",
        "train London Bridge",
        "car M1; car M6",
    ),
}

#: Stems and suffixes for fictional street names ("Quillan Street", "Marrowfield Road").
STREET_STEMS: tuple[str, ...] = _split("""
    Quillan Sarnesfield Marrowfield Thornmere Fennimore Tenterbrook Pellingham Ashvale
    Kelverdale Allanvale Larkspur Copperbeech Birchcliffe Ferncliffe Hebble Elderfield Fairhaven
    Coventon Wrenfield Aldermoor Hopewell Brickfield Lanyard Quarry Crossgate Orsett Tallis
    Lorrimer Merrivale Hollinbrook Swanmere Ravensdale Oakhurst Pendlebury Wyncote Amberley
    Brackenfold Cloverdale Dunmere Eskdale Foxwell Glenmoor Hawthwaite Ivydene Juniper
    Kestrelmoor Lindenbrook Maplethorpe Nettlecombe Orchardleigh Primrosevale Quayside Rookwood
    Sedgemoor Tamarind Underhill Valehouse Willowmere Yarrowfield Baxendale Cromwell Dovecote
    Elmstead Farrowdale Gorsemoor Harrowgate Inkerman Jessamine Kinloch Lavender Mossbank
    Northgate Pebblecombe Redwing Saltmarsh Thistlewood Upperton Verbena Whinfield Yewbarrow
    Zetland Ambleside Bramblecote Chesterholme Drayfield Fernlea Gladstone""")
STREET_SUFFIXES: tuple[str, ...] = ("Street", "Road", "Avenue", "Close", "Grove", "Terrace", "Mews",
                                    "Walk", "Lane", "Crescent", "Drive", "Way", "Gardens", "Row",
                                    "Parade")
BUILDING_SUFFIXES: tuple[str, ...] = ("Court", "House", "Point", "Lodge", "Heights", "Tower")
