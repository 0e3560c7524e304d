"""Which gazetteer place lies in which: a route names the specific stop, not its country.

"Drove them to Germany, where they stayed in Berlin" is one stop, Berlin; "flew from
Lagos, Nigeria" one stop, Lagos. `lies_in` answers whether one place (by gazetteer id) is
inside another: a city, port or airport abroad in its country; every UK place in the UK;
the main UK entry ports, airports and towns in their county or metropolitan region.
"""

from __future__ import annotations

from functools import cache

from ocgmap.nlp.data import places as data
from ocgmap.nlp.places import lookup

#: Places abroad by the ISO code of their country (names as the gazetteer spells them).
ABROAD = """
AL: Tirana, Durrës, Vlorë, Shkodër, Elbasan, Fier, Kukës, Berat, Korçë,
    Tirana International Airport
VN: Hanoi, Ho Chi Minh City, Hai Phong, Da Nang, Vinh, Hue, Nghe An, Ha Tinh, Quang Binh,
    Thanh Hoa, Noi Bai, Tan Son Nhat
NG: Lagos, Benin City, Abuja, Kano, Port Harcourt, Ibadan, Enugu, Warri, Onitsha, Edo State,
    Delta State, Lagos State, Murtala Muhammed Airport, Nnamdi Azikiwe International Airport
GH: Accra, Kumasi
UG: Kampala
KE: Nairobi
CD: Kinshasa
SL: Freetown
SN: Dakar
LR: Monrovia
GN: Conakry
ET: Addis Ababa
ER: Asmara
SD: Khartoum
SO: Mogadishu
LY: Tripoli
EG: Cairo
DZ: Algiers
TN: Tunis
MA: Rabat, Casablanca
RO: Bucharest, Constanța, Medgidia, Mangalia, Tulcea, Iași, Cluj-Napoca, Timișoara, Brașov,
    Craiova, Galați, Ploiești, Oradea, Brăila, Arad, Pitești, Sibiu, Bacău, Buzău, Suceava,
    Satu Mare, Baia Mare, Giurgiu, Călărași, Slobozia, Alexandria, Transylvania, Dobrogea,
    Nădlac, Calafat, Henri Coandă
CN: Fuzhou, Fuqing, Changle, Wenzhou, Beijing, Shanghai, Guangzhou, Shenzhen, Fujian,
    Guangdong, Zhejiang, Beijing Capital International Airport
PL: Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Gdynia, Szczecin, Lublin, Katowice,
    Białystok, Bydgoszcz, Toruń, Rzeszów, Olsztyn, Kielce, Opole, Częstochowa, Radom, Medyka
LT: Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys
LV: Riga
EE: Tallinn
SK: Bratislava, Košice, Prešov, Nitra
CZ: Prague, Brno, Ostrava
HU: Budapest, Debrecen, Röszke
BG: Sofia, Varna, Plovdiv, Burgas, Kapitan Andreevo
MD: Chișinău
UA: Kyiv, Lviv, Odesa
BY: Minsk
RU: Moscow, St Petersburg
FR: Paris, Lille, Lyon, Marseille, Boulogne, Gravelines, Grande-Synthe, Calais, Dunkirk,
    Cherbourg, Le Havre, Ouistreham, Caen, Dieppe, Roscoff, St Malo, Coquelles,
    Paris Charles de Gaulle, Orly, Gare du Nord, Brittany, Normandy, Pas-de-Calais,
    Nord-Pas-de-Calais, Hauts-de-France, Île-de-France, Northern France
IT: Milan, Rome, Naples, Turin, Venice, Florence, Bologna, Bari, Brindisi, Ancona, Sicily,
    Lombardy, Apulia, Calabria, Campania
ES: Madrid, Barcelona, Málaga, Valencia, Seville, Bilbao, Santander, Madrid Barajas,
    Catalonia, Andalusia
PT: Lisbon, Porto
BE: Brussels, Antwerp, Ghent, Liège, Zeebrugge, Ostend, Brussels Airport, Flanders, Wallonia
NL: Amsterdam, The Hague, Utrecht, Hook of Holland, Rotterdam, IJmuiden, Schiphol
DE: Berlin, Hamburg, Munich, Frankfurt, Cologne, Düsseldorf, Dortmund, Stuttgart, Cuxhaven,
    Frankfurt Airport, Bavaria
AT: Vienna
CH: Zurich, Geneva
GR: Athens, Thessaloniki, Igoumenitsa, Patras
TR: Istanbul, Ankara, Istanbul Airport
HR: Zagreb
RS: Belgrade, Horgoš, Kelebija
BA: Sarajevo
XK: Pristina
MK: Skopje
ME: Podgorica
SI: Ljubljana
IE: Dublin, Cork, Rosslare
DK: Copenhagen, Esbjerg
SE: Stockholm
NO: Oslo
FI: Helsinki
AF: Kabul
IR: Tehran
IQ: Baghdad, Erbil
SY: Damascus, Aleppo
LB: Beirut
JO: Amman
PK: Karachi, Lahore, Islamabad
BD: Dhaka, Sylhet
IN: Delhi, Mumbai, Kerala
NP: Kathmandu
LK: Colombo
TH: Bangkok
PH: Manila
ID: Jakarta
MY: Kuala Lumpur
KH: Phnom Penh
AE: Dubai, Abu Dhabi, Dubai International Airport
QA: Doha
SA: Riyadh, Jeddah
KW: Kuwait City
OM: Muscat
BH: Manama
"""

#: UK entry points and large towns by the county or metropolitan region they lie in.
UK_REGIONS = """
Kent: Dover, Folkestone, Ramsgate, Ramsgate Port, Margate, Ashford, Ashford International,
    Maidstone, Canterbury, Chatham, Gillingham, Gravesend, Dartford, Sheerness, Tonbridge,
    Tunbridge Wells, Ebbsfleet International, Folkestone Eurotunnel terminal
Essex: Harwich, Purfleet, Tilbury, Southend, Southend Airport, Stansted, Chelmsford,
    Colchester, Basildon, Grays, Thurrock, Harlow, Clacton-on-Sea
Suffolk: Felixstowe, Ipswich, Lowestoft
East Sussex: Newhaven, Brighton, Eastbourne, Hastings
West Sussex: Gatwick, Crawley, Worthing
Bedfordshire: Luton, Luton Airport, Bedford
Hampshire: Southampton, Southampton Docks, Portsmouth, Portsmouth International Port,
    Basingstoke, Winchester, Aldershot, Eastleigh
Lincolnshire: Immingham, Killingholme, Grimsby, Grimsby Docks, Boston, Lincoln, Spalding
East Yorkshire: Hull, Hull Port
Greater London: London, Heathrow, London City Airport, London Victoria,
    London Victoria Coach Station, St Pancras, King's Cross, Euston, Paddington, Waterloo,
    Liverpool Street, London Bridge, Stratford International, Croydon, Ilford, Barking,
    Romford, Tottenham, Woolwich, Thamesmead
Greater Manchester: Manchester, Salford, Wigan, Bolton, Oldham, Rochdale, Stockport, Bury,
    Trafford, Manchester Airport, Manchester Piccadilly
West Yorkshire: Leeds, Bradford, Wakefield, Huddersfield, Halifax, Dewsbury, Keighley,
    Leeds Bradford Airport
South Yorkshire: Sheffield, Rotherham, Doncaster, Barnsley
West Midlands: Birmingham, Wolverhampton, Coventry, Walsall, Dudley, Solihull,
    West Bromwich, Birmingham Airport, Birmingham New Street
Merseyside: Liverpool, Birkenhead, Liverpool Docks, Liverpool John Lennon Airport
Anglesey: Holyhead
Dumfries and Galloway: Cairnryan, Stranraer
"""

#: Gazetteer blocks whose every place is in the UK.
_UK_BLOCKS = (data.UK_CITIES, data.UK_TOWNS, data.UK_AREAS, data.UK_REGIONS, data.UK_PORTS)
_UK = "country:GB"


def _gid(name: str) -> str | None:
    place = lookup(name)
    return place.gid if place is not None else None


def _groups(text: str) -> list[tuple[str, list[str]]]:
    """Answer the (outer, inner names) lines of a table above."""
    out = []
    for line in text.replace("\n    ", " ").strip().splitlines():
        outer, _, inners = line.partition(":")
        out.append((outer.strip(), [name.strip() for name in inners.split(",")]))
    return out


def _names(block: str) -> list[str]:
    """Answer the canonical names of a gazetteer block (see `ocgmap.nlp.data.places`)."""
    return [entry.strip().lstrip("?").partition("=")[0].strip()
            for entry in block.replace("\n", " ").split(",") if entry.strip()]


@cache
def _containers() -> dict[str, frozenset[str]]:
    """Answer, for each place id, the ids of the countries and regions it lies in."""
    table: dict[str, set[str]] = {}
    uk_names = [name for block in _UK_BLOCKS for name in _names(block)]
    for outer, inners in _groups(ABROAD) + _groups(UK_REGIONS):
        outer_gid = f"country:{outer}" if outer.isupper() else _gid(outer)
        if not outer.isupper():
            uk_names.extend(inners)
        for inner in inners:
            inner_gid = _gid(inner)
            if inner_gid is not None and outer_gid is not None:
                table.setdefault(inner_gid, set()).add(outer_gid)
    for name in uk_names:
        gid = _gid(name)
        if gid is not None and not gid.startswith("country:"):
            table.setdefault(gid, set()).add(_UK)
    return {gid: frozenset(outers) for gid, outers in table.items()}


def lies_in(inner: str, outer: str) -> bool:
    """Answer whether the place with gazetteer id `inner` lies in the one with id `outer`.

    >>> lies_in("city:berlin", "country:DE"), lies_in("port:dover", "region:kent")
    (True, True)
    >>> lies_in("city:berlin", "country:FR")
    False
    """
    return outer in _containers().get(inner, frozenset())
