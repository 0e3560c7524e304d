"""Closed word lists of report language: titles, ranks, roles, trades, acronyms."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.replace("\n", ",").split(",") if w.strip())


#: Ranks and titles of police officers and other officials (the person is an official).
OFFICIAL_TITLES = _words("""
DC, DS, DI, DCI, DSI, DSupt, DCS, PC, PS, Sgt, Sergeant, Insp, Inspector, Ch Insp, CI,
Supt, Superintendent, Ch Supt, Chief Superintendent, Chief Inspector, ACC, DCC,
Constable, Detective, Det, Officer, Commander, Cdr, Commissioner, PCSO, Capitaine,
Commandant, Lieutenant, Comisar, Commissaire, Commissario, Judge, HHJ, Recorder, Justice,
Magistrate, Cllr, Councillor, Analyst, Agent, IO, Detective Constable, Detective Sergeant,
Detective Inspector, Detective Chief Inspector, Detective Superintendent, Police Constable,
Police Sergeant, Det Sgt, Det Con, Det Insp, Det Supt, Special Constable, Chief Constable
""")

#: Titles that are not ranks (the person may be anyone).
CIVIL_TITLES = _words("Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Sir, Dame, Lord, Lady, Madam, Mister")

#: Female and male civil titles (used to tell apart two people with one surname).
FEMALE_TITLES = _words("Mrs, Ms, Miss, Dame, Lady, Madam")
MALE_TITLES = _words("Mr, Sir, Lord, Mister")

#: Job words that make the named person an official when they introduce or follow a name.
OFFICIAL_ROLES = _words("""
social worker, youth worker, support worker, outreach worker, caseworker, case worker,
interpreter, translator, officer, investigator, analyst, nurse, practitioner,
senior practitioner, first responder, referrer, detective, constable, sergeant,
inspector, liaison officer, licensing officer, environmental health officer,
guardian, advocate, prosecutor, judge, magistrate, solicitor, barrister, teacher,
head teacher, safeguarding lead, OIC, reporting officer,
submitted by, entered by, compiled by, officer in the case, duty social worker
""")

#: Capitalised words that open report lines or sentences but are never given names.
NOT_NAMES = _words("""
Op, Operation, Date, Grading, Grade, Subject, Source, Officer, Manager, Driver, Location,
Premises, Present, Warrant, Handling, Actions, Action, Assessment, Note, Notes, Ref,
Reference, Tel, Telephone, Mobile, Phone, From, To, Cc, Re, Fwd, Dear, Regards, Kind,
Best, Thanks, Yours, Interview, Intelligence, Report, Log, Entry, Summary, Update,
Victim, Suspect, Nominal, Nominals, Keeper, Owner, Director, Analyst, Referral,
Recovered, Arrested, Seized, Found, Known, Aka, Alias, Name, Names, Age, Aged, Male,
Female, Boy, Girl, Man, Woman, Child, Children, Adult, Adults, Mother, Father, Uncle,
Aunt, Brother, Sister, Cousin, Wife, Husband, Son, Daughter, Police, Council, Court,
Team, Unit, District, Division, Borough, Area, Command, Squad, Department, Branch, Region,
Street, Road, Flat, House, PNC, ANPR, NRM, Home, Office, North, South, East,
West, Central, Greater, New, Old, Great, Little, Upper, Lower, January, February, March,
April, May, June, July, August, September, October, November, December, Monday,
Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Mon, Tue, Wed, Thu, Fri, Sat,
Sun, Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, Christmas, Easter,
Ramadan, God, Allah, Internet, Facebook, WhatsApp, Twitter, Instagram, Mercedes, Ford,
Toyota, Vauxhall, Audi, Transit, Previa, Sprinter, Passat, Astra, Golf, Corsa, Range,
Rover, Land, BMW, Volkswagen, Renault, Peugeot, Nissan, Honda, Skoda, Fiat, Kia,
Hyundai, Volvo, Lexus, Jaguar, Mini, Seat, Dacia, Citroen, Tesla, Ltd, Limited, Nails,
Farm, Hotel, Wash, Takeaway, Restaurant, Agency, Services, Centre, Hospital, School,
Station, Airport, Port, Border, Force, Crime, Agency, Modern, Slavery, Act, Section,
Table, Figure, Page, Appendix, Annex, Item, Indicator, Indicators, Recruitment, Journey,
Exploitation, Safeguarding, Debrief, De-brief, Disclosure, Subject's, Also, However,
Following, Observation, Observations, Checks, Enquiries, Recommend, Recommendation,
Consider, Both, All, None, One, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten,
Approx, About, Around, Between, After, Before, During, Since, Until, While, When, Where,
Yes, No, Not, Nil, Unknown, Other, Others, Another, Any, Each, Every, Some, Many, Most,
Several, Further, Same, Such, Only, Just, Still, Then, There, They, This, That, These,
Later, Earlier, Yesterday, Today, Tonight, Subsequently, Meanwhile, Afterwards, Previously,
Recently, Currently, Initially, Finally, Eventually, Again, Officers, Suspects, Witness,
Neighbours, Staff, Workers, Information, Records, Calls, Messages, Photos, Photographs,
Those, Their, His, Her, Its, Our, Your, We, He, She, It, You, I, My, Me, Him, Them, Us
""")

#: Capitalised acronyms of report language that are neither people nor organisations.
NOT_ENTITY_ACRONYMS = _words("""
NRM, PNC, PND, ANPR, MASH, CAD, CSCS, PPE, POCA, EIO, JIT, OIC, DOB, SIM, PIN, CCTV, ABE,
MSHT, CSE, CCE, NPT, CID, STRT, HRS, INT, LOG, UK, EU, USA, US, GB, ID, IT, RP, PS, CDG,
ICTG, OT, NB, AKA, RE, FW, FWD,
TBC, TBA, HM, HMG, IIR, IR, SAR, STR, MLRO, CHIS, RG, CG, MS, DS, DC, DI, PC, SGT, MR, MRS, MISS,
TEL, MOB, PHONE, MOBILE, EMAIL, DATE, GRADING, SUBJECT, SOURCE, NOTE, NOTES, ACTION,
ACTIONS, OFFICER, REPORT, INTELLIGENCE, ENTRY, SUMMARY, NOMINAL, NOMINALS, VEHICLE, VRM,
ADDRESS, OP, OPERATION, MULTI, AGENCY, VISIT, NAIL, BAR, POLICE, COUNCIL, TRADING,
STANDARDS, NATIONAL, CRIME, INTERNATIONAL, ECONOMIC, UNIT, TEAM, DESK, CELL, LAW, ENFORCEMENT,
HOME, OFFICE, BORDER, FORCE, HANDLING, RESTRICTED,
OFFICIAL, SENSITIVE, SECRET, CONFIDENTIAL, URGENT, IMMEDIATE, ROUTINE, UPDATE, BULLETIN
""")

#: Vehicle makes and models: the model tags them PERSON or ORG; they are neither.
VEHICLE_WORDS = _words("""
Mercedes, Mercedes-Benz, Ford, Toyota, Vauxhall, Audi, BMW, VW, Volkswagen, Renault,
Peugeot, Nissan, Honda, Skoda, Fiat, Kia, Hyundai, Volvo, Lexus, Jaguar, Mini, Seat,
Dacia, Citroen, Citroën, Tesla, Land Rover, Range Rover, Transit, Previa, Sprinter,
Passat, Astra, Golf, Corsa, Polo, Focus, Fiesta, Qashqai, Octavia, Prius, Vito, Crafter,
Transporter, Berlingo, Caddy, Zafira, Insignia, C-Class, E-Class, A3, A4, X5, Lorry, Van
""")

#: Company-form suffixes.
COMPANY_SUFFIXES = _words("""
Ltd, Ltd., Limited, LLP, PLC, Plc, plc, Inc, Inc., Co., GmbH, SRL, S.R.L., SRL., S.A.,
SA, BV, B.V., NV, Sp. z o.o., LLC, CIC
""")

#: Words that end a trading name, with the business sector they indicate.
TRADE_WORDS: dict[str, str] = {
    "nails": "nail bar", "nail bar": "nail bar", "nail spa": "nail bar",
    "nail salon": "nail bar", "nails & beauty": "nail bar", "nails and beauty": "nail bar",
    "beauty": "beauty salon", "car wash": "car wash", "hand car wash": "car wash",
    "valeting": "car wash", "farm": "farm", "farms": "farm", "takeaway": "takeaway",
    "hotel": "hotel", "inn": "hotel", "guest house": "hotel", "lodge": "hotel",
    "restaurant": "restaurant", "kitchen": "restaurant", "cafe": "cafe", "café": "cafe",
    "recruitment": "recruitment agency", "staffing": "recruitment agency",
    "employment agency": "recruitment agency", "recruitment agency": "recruitment agency",
    "massage": "massage parlour", "sauna": "sauna", "salon": "salon", "spa": "salon",
    "barbers": "barber", "barber shop": "barber", "print": "print shop",
    "print & copy": "print shop", "printing": "print shop", "travel": "travel agency",
    "tours": "travel agency", "money transfer": "money transfer", "exchange": "money transfer",
    "motors": "used cars", "car sales": "used cars", "cars": "used cars",
    "auto services": "car services", "garage": "car services", "tyres": "car services",
    "coaches": "coach operator", "coach travel": "coach operator", "logistics": "logistics",
    "haulage": "logistics", "transport": "logistics", "foods": "food processing",
    "packers": "food processing", "produce": "food processing", "growers": "farm",
    "labour": "recruitment agency", "personnel": "recruitment agency",
    "workforce": "recruitment agency", "employment": "recruitment agency",
    "food": "food processing", "poultry": "food processing", "packing": "food processing",
    "construction": "construction", "builders": "construction",
    "building services": "construction", "cleaning": "cleaning", "cleaners": "cleaning",
    "care home": "care home", "launderette": "launderette", "minimart": "shop",
    "mini market": "shop", "supermarket": "shop", "off licence": "shop",
    "cash & carry": "wholesale", "wholesale": "wholesale", "shisha lounge": "bar",
    "kebab": "takeaway", "pizza": "takeaway", "fish bar": "takeaway", "chippy": "takeaway",
}

#: Premises nouns that, written in lower case after a name or before a place, describe a
#: business ("the Jade Garden takeaway", "a nail bar on Hagley Road").
PREMISES_WORDS: dict[str, str] = {
    "nail bar": "nail bar", "nail salon": "nail bar", "nail shop": "nail bar",
    "car wash": "car wash", "hand car wash": "car wash", "takeaway": "takeaway",
    "restaurant": "restaurant", "farm": "farm", "hotel": "hotel",
    "massage parlour": "massage parlour", "sauna": "sauna", "salon": "salon",
    "barbershop": "barber", "barber shop": "barber", "factory": "factory",
    "warehouse": "warehouse", "packing plant": "food processing",
    "food factory": "food processing", "poultry plant": "food processing",
    "chicken factory": "food processing", "care home": "care home",
    "print shop": "print shop", "money shop": "money transfer",
    "car lot": "used cars", "guest house": "hotel", "shisha bar": "bar",
}

#: Well-known brands that reports mention as places of work or meeting points.
BRANDS: dict[str, str] = {
    "McDonald's": "fast food", "KFC": "fast food", "Burger King": "fast food",
    "Greggs": "fast food", "Subway": "fast food", "Starbucks": "cafe",
    "Tesco": "shop", "Sainsbury's": "shop", "Asda": "shop", "Morrisons": "shop",
    "Lidl": "shop", "Aldi": "shop", "Primark": "shop", "Western Union": "money transfer",
    "MoneyGram": "money transfer", "Amazon": "logistics", "Deliveroo": "food delivery",
    "Uber Eats": "food delivery", "Just Eat": "food delivery",
}

#: Nouns that, after a name, make a criminal group ("the KOLA network", "the Ace line").
OCG_NOUNS = _words("""
network, group, family, gang, OCG, crew, firm, line, county line, clan, cartel, syndicate, mob,
outfit, organisation, organization, brotherhood, clique, set
""")

#: Street-type words that end a street name.
STREET_SUFFIXES = _words("""
Street, St, Road, Rd, Avenue, Ave, Lane, Ln, Close, Grove, Terrace, Crescent, Drive, Dr,
Way, Place, Pl, Parade, Mews, Walk, Row, Square, Sq, Gardens, Hill, Park, View, Rise,
Green, Wharf, Yard, Gate, Vale, Fields, Boulevard, Quay, Embankment, Circus, Broadway,
Approach, Wynd, Brae, Loan, Croft, Chase, Court, Ct, Path, Passage, Alley, Causeway,
Esplanade, Promenade, Market, Precinct, Bank, Side, Meadow, Meadows, Drove, Hollow, Lea
""")

#: Building words: a named building inside an address ("Flat 7, Brickfield House").
BUILDING_WORDS = _words("""
House, Court, Point, Tower, Towers, Mansions, Building, Buildings, Heights, Lodge, Block,
Estate, Centre, Works, Mill, Hall, Apartments, Residences, Chambers, Place, Plaza
""")

#: Document words that introduce a document number.
DOCUMENT_WORDS: dict[str, str] = {
    "passport": "passport", "passports": "passport", "visa": "visa", "visas": "visa",
    "residence permit": "residence permit", "residence permits": "residence permit",
    "permit": "residence permit", "permits": "residence permit",
    "identity card": "identity card", "identity cards": "identity card",
    "id card": "identity card", "id cards": "identity card",
    "national identity card": "identity card", "driving licence": "driving licence",
    "driving license": "driving licence", "driver's licence": "driving licence",
    "licence": "driving licence", "brp": "residence permit",
    "biometric residence permit": "residence permit", "travel document": "travel document",
    "travel documents": "travel document", "document": "document",
    "documents": "document", "birth certificate": "birth certificate",
}

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), start=1)
    for name in names
}
