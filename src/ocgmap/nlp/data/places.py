"""Places that matter in UK trafficking intelligence, by kind.

Format: one block per kind; entries are separated by commas or new lines; an entry is
`Name` or `Name = Alias; Alias`. A leading `?` marks a *weak* entry: a place name that is
also a common first name, surname or word ("Jordan", "Chester", "Vinh"), accepted only
where the text says it is a place. Countries come from pycountry (see `gazetteer_index`),
with the aliases below. ASCII spellings of names with diacritics ("Constanta",
"Durres") are added automatically.
"""

from __future__ import annotations

#: Extra country names and aliases, by ISO 3166 alpha-2 code (GB-ENG etc. for UK nations).
COUNTRY_ALIASES = """
GB = UK; U.K.; United Kingdom; Britain; Great Britain
GB-ENG = England
GB-SCT = Scotland
GB-WLS = Wales
GB-NIR = Northern Ireland
US = USA; U.S.A.; United States; United States of America; America
RU = Russia
VN = Vietnam; Viet Nam
IR = Iran
SY = Syria
MD = Moldova
CZ = Czech Republic; Czechia
SK = Slovakia
KR = South Korea
KP = North Korea
LA = Laos
TZ = Tanzania
BO = Bolivia
VE = Venezuela
CD = DRC; DR Congo; Democratic Republic of Congo; Democratic Republic of the Congo
CG = Republic of the Congo
CI = Ivory Coast; Côte d'Ivoire
NL = Netherlands; the Netherlands; Holland
MK = North Macedonia; Macedonia
TR = Turkey; Türkiye
PS = Palestine
TW = Taiwan
MM = Myanmar; Burma
CV = Cape Verde
TL = East Timor
XK = Kosovo
BN = Brunei
"""

#: Country names that are also common first names or words; weak entries.
WEAK_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Niger", "Guinea", "Mali",
                            "Oman", "Peru", "Cuba", "Turkey", "Monaco", "Dominica", "Jersey"})

UK_CITIES = """
Aberdeen, Armagh, Bangor, Bath, Belfast, Birmingham, Bradford, Brighton = Brighton and Hove,
Bristol, Cambridge, Canterbury, Cardiff, Carlisle, Chelmsford, ?Chester, Chichester,
Colchester, Coventry, Derby, Derry = Londonderry, Doncaster, Dundee, Dunfermline, Durham,
Edinburgh, Ely, Exeter, Glasgow, Gloucester, Hereford, Hull = Kingston upon Hull,
Inverness, ?Lancaster, Leeds, Leicester, Lichfield, ?Lincoln, Lisburn, Liverpool, London,
Manchester, Milton Keynes, Newcastle = Newcastle upon Tyne, Newport, Newry, Norwich,
Nottingham, Oxford, Perth, Peterborough, Plymouth, Portsmouth, ?Preston, Ripon, Salford,
Salisbury, Sheffield, Southampton, Southend = Southend-on-Sea, St Albans, St Asaph,
St Davids, Stirling, Stoke = Stoke-on-Trent, Sunderland, Swansea, Truro, Wakefield,
?Wells, Westminster, Winchester, Wolverhampton, Worcester, Wrexham, York
"""

UK_TOWNS = """
Abingdon, Accrington, Airdrie, Aldershot, Altrincham, Andover, Arbroath, Ashford,
Ashington, Ashton-under-Lyne, Aylesbury, Ayr, Ballymena, Banbury, Barnsley, Barnstaple,
Barrow-in-Furness, ?Barry, Basildon, Basingstoke, Batley, Bedford, Bedworth, Beverley,
Bexhill, Bicester, Bideford, Billericay, Bingley, Birkenhead, Bishop Auckland,
Blackburn, Blackpool, Blyth, Bognor Regis, Bolton, Bootle, ?Boston, Bournemouth,
Bracknell, Braintree, Brentwood, Bridgend, Bridgwater, Bridlington, Bromsgrove,
Burgess Hill, Burnley, Burton upon Trent, Bury, Bury St Edmunds, Caerphilly, Camberley,
Cannock, Carmarthen, Castleford, Chatham, Cheltenham, Chesterfield, Chippenham, Chorley,
Cirencester, Clacton-on-Sea = Clacton, Cleethorpes, Clydebank, Coatbridge, Colwyn Bay,
Congleton, Corby, Coleraine, Craigavon, Cramlington, Crawley, Crewe, Cumbernauld,
Cwmbran, Darlington, Dartford, Daventry, Dewsbury, Didcot, Dorchester, ?Dudley, Dumbarton,
Dumfries, Dungannon, Eastbourne, East Kilbride, Eastleigh, Ebbw Vale, Ellesmere Port,
Enniskillen, Epsom, Evesham, Falkirk, Falmouth, Fareham, Farnborough, Fleetwood,
Fraserburgh, Frome, Gainsborough, Gateshead, Gillingham, Glenrothes, Goole, Gosport,
Grantham, Gravesend, Grays, Great Yarmouth, Greenock, Grimsby, Guildford, Halesowen,
Halifax, ?Hamilton, Harlow, Harrogate, Hartlepool, Hastings, Havant, Haverfordwest,
Hemel Hempstead, Hexham, High Wycombe, Hinckley, Horsham, Huddersfield,
Huntingdon, Ilkeston, Ipswich, ?Irvine, Keighley, Kendal, Kettering, Kidderminster,
Kilmarnock, King's Lynn, Kirkcaldy, Knaresborough, Larne, Leamington Spa, Leek, ?Leigh,
Letchworth, Lewes, Littlehampton, ?Livingston, Llandudno, Llanelli, Loughborough, Louth,
Lowestoft, Ludlow, Lurgan, Luton, Macclesfield, Maidenhead, Maidstone, Mansfield,
Margate, Market Harborough, Melton Mowbray, Merthyr Tydfil, Middlesbrough, Montrose,
Morecambe, Morpeth, Motherwell, Nantwich, Neath, Newark, Newbury, Newquay, Newton Abbot,
Newtownabbey, Northallerton, Northampton, Northwich, Nuneaton, Oldbury, Oldham, Omagh,
Ormskirk, Oswestry, Paignton, ?Paisley, Penrith, Penzance, Peterhead, Peterlee,
Pontefract, Pontypool, Pontypridd, Poole, Port Talbot, Portadown, Ramsgate, Rayleigh,
Reading, Redcar, Redditch, Redhill, Reigate, Renfrew, Retford, Rhyl, Rochdale, Rochester,
Rotherham, Rugby, Runcorn, Rushden, Rugeley, ?Sale, Scarborough, Scunthorpe, Seaford,
Selby, Shrewsbury, Sittingbourne, Skegness, Skelmersdale, Skipton, Slough, Smethwick,
Solihull, South Shields, North Shields, Southport, Spalding, Stafford, Stalybridge,
Stamford, Stevenage, Stockport, Stockton-on-Tees = Stockton, Stourbridge, Stranraer,
Stratford-upon-Avon, Stroud, Sudbury, Sutton Coldfield, Swindon, Tamworth, Taunton,
Telford, Tewkesbury, Thetford, Thirsk, Thurrock, Tonbridge, Torquay, Trowbridge,
Tunbridge Wells, Uttoxeter, Walsall, Warrington, ?Warwick, ?Washington, Watford,
Wednesbury, Wellingborough, West Bromwich, Weston-super-Mare, Weymouth, Whitby,
Whitehaven, Widnes, Wigan, Winsford, Wisbech, Witham, Witney, Woking, Wokingham,
Workington, Worksop, Worthing, Yeovil, ?Ashton, ?Hyde, Leyland, Darwen, Heywood,
?Middleton, ?Eccles, Stretford, Beeston, Hucknall, Long Eaton, Bexleyheath, Sidcup, Orpington,
Kingston upon Thames, ?Sutton, Bognor, Canvey Island, Sheerness, Whitstable, Herne Bay,
Faversham, Bradford on Avon
"""

#: Districts, boroughs and neighbourhoods (mostly of London, Birmingham, Manchester, Leeds,
#: Glasgow, Bradford, Sheffield and Liverpool) where exploitation is reported.
UK_AREAS = """
Barking and Dagenham, Hammersmith and Fulham, Kensington and Chelsea,
Richmond upon Thames, Barking, Dagenham, Barnet, Bexley, Brent, Bromley, Camden, Croydon,
Ealing, Enfield,
Greenwich, Hackney, Hammersmith, Fulham, Haringey, Harrow, Havering, Hillingdon,
Hounslow, Islington, Kensington, ?Chelsea, Lambeth, Lewisham, Merton, Newham, Redbridge,
?Richmond, Southwark, Tower Hamlets, Waltham Forest, Wandsworth, Ilford, Romford,
Tottenham, Tottenham Hale, Wood Green, Edmonton, Walthamstow, Leyton, Leytonstone,
Stratford, East Ham, West Ham, Forest Gate, Plaistow, Canning Town, Beckton, Poplar,
Whitechapel, Bethnal Green, Shoreditch, Dalston, Stoke Newington, Finsbury Park,
Holloway, Archway, Highgate, Hornsey, Muswell Hill, Kentish Town, Camden Town, Kilburn,
Willesden, Harlesden, Wembley, Neasden, Cricklewood, Hendon, Edgware, Colindale,
Southall, Hayes, Uxbridge, Acton, Brixton, Peckham, Camberwell, Deptford, New Cross,
Catford, Woolwich, Thamesmead, Plumstead, Eltham, Erith, Abbey Wood, Charlton, Streatham,
Clapham, Balham, Tooting, Battersea, ?Vauxhall, Elephant and Castle, Bermondsey,
Rotherhithe, Soho, Mayfair, Marylebone, Bayswater, Notting Hill, Shepherd's Bush,
Chiswick, Brentford, Feltham, Mitcham, Morden, Wimbledon, Norbury, Thornton Heath,
Purley, Sydenham, Penge, Welling, Barkingside, Chadwell Heath, Goodmayes, Seven Kings,
Hornchurch, Upminster, Rainham, Chingford, Canary Wharf, Isle of Dogs, Limehouse,
Stepney, Mile End, Hoxton, Holborn, Bloomsbury, Edgbaston, Handsworth, Sparkbrook,
Sparkhill, Small Heath, ?Aston, Erdington, Digbeth, Lozells, Balsall Heath, Moseley,
Kings Heath, Selly Oak, Northfield, Acocks Green, Hall Green, Kingstanding, Perry Barr,
Ladywood, Bordesley Green, Washwood Heath, Saltley, Alum Rock, Nechells, Hockley,
Harborne, Quinton, Yardley, Stechford, Castle Vale, Cheetham Hill, Moss Side, Longsight,
Rusholme, Hulme, Ardwick, Gorton, Levenshulme, Crumpsall, Harpurhey, Moston, Didsbury,
Chorlton, Wythenshawe, Ancoats, Collyhurst, Old Trafford, Whalley Range, Fallowfield,
Withington, Strangeways, Harehills, Chapeltown, Armley, Headingley, Seacroft, Gipton,
Holbeck, Hunslet, Roundhay, Bramley, Kirkstall, Moortown, Horsforth, Govanhill, Gorbals,
Govan, Partick, Maryhill, Springburn, Dennistoun, Easterhouse, Castlemilk, Pollokshields,
Shawlands, Possilpark, Drumchapel, Manningham, Girlington, Page Hall, Darnall,
Burngreave, Pitsmoor, Toxteth, Anfield, Everton, ?Walton, Kirkby, Hyson Green, Radford,
Sneinton, Highfields, Belgrave, Trafford, Tameside, Thornaby, Piccadilly Gardens,
Trafford Centre, Meadowhall, Bullring
"""

UK_REGIONS = """
East Midlands, West Midlands, East of England, North East, North West, South East,
South West, Yorkshire, Yorkshire and the Humber, Midlands = the Midlands, Home Counties,
East Anglia, Southern England, Northern England, Greater London, Greater Manchester,
Merseyside, West Yorkshire, South Yorkshire, North Yorkshire, East Yorkshire,
Tyne and Wear, Thames Valley, Humberside, Cleveland, Kent, Essex, Sussex, East Sussex,
West Sussex, Surrey, Hampshire, Isle of Wight, Berkshire, Buckinghamshire, Oxfordshire,
Hertfordshire, Bedfordshire, Cambridgeshire, Norfolk, Suffolk, Lincolnshire,
Nottinghamshire, Derbyshire, Leicestershire, Northamptonshire, Warwickshire,
Staffordshire, Shropshire, Herefordshire, Worcestershire, Gloucestershire, Wiltshire,
Dorset, Somerset, Devon, Cornwall, Cheshire, Lancashire, Cumbria, Northumberland,
County Durham, Rutland, Highlands = Scottish Highlands, Lothian, Fife, Renfrewshire,
Lanarkshire, Ayrshire, Aberdeenshire, Dumfries and Galloway, Scottish Borders, Tayside,
Gwent, Dyfed, Powys, Gwynedd, Anglesey, Glamorgan, South Wales, North Wales, Mid Wales,
County Antrim, County Down, County Tyrone, County Fermanagh, Isle of Man,
Channel Islands, Guernsey
"""

#: Regions abroad: provinces of source countries and macro-regions of routes.
WORLD_REGIONS = """
Nghe An = Nghệ An, Ha Tinh = Hà Tĩnh, Quang Binh = Quảng Bình, Thanh Hoa = Thanh Hóa,
Fujian, Guangdong, Zhejiang, Edo State = Edo, Delta State, Lagos State, Sicily, Lombardy,
Apulia = Puglia, Calabria, Campania, Brittany, Normandy, Pas-de-Calais,
Nord-Pas-de-Calais, Hauts-de-France, Île-de-France, Flanders, Wallonia, Catalonia,
Andalusia, Bavaria, Transylvania, Dobrogea = Dobruja, Kurdistan, Punjab, Sylhet,
Kerala, Balkans = the Balkans; Western Balkans, Scandinavia, Eastern Europe,
Western Europe, Central Europe, Southern Europe, Northern Europe, Northern France,
South East Asia = South-East Asia; Southeast Asia, East Africa, West Africa,
North Africa, Horn of Africa, Sub-Saharan Africa, Middle East, Central Asia, Caribbean,
Latin America, Europe, Asia, Africa, European Union = EU, Schengen area
"""

#: Cities of source, transit and destination countries (domain brief §3.3 and §3.6).
WORLD_CITIES = """
Tirana, Durrës, Vlorë = Vlora, Shkodër = Shkodra, Elbasan, Fier, Kukës, Berat, Korçë,
Hanoi = Ha Noi, Ho Chi Minh City = Saigon, Hai Phong = Haiphong, Da Nang, ?Vinh, Hue,
Lagos, Benin City, Abuja, Kano, Port Harcourt, Ibadan, Enugu, Warri, Onitsha, Accra,
Kumasi, Kampala, Nairobi, Kinshasa, Freetown, Dakar, Monrovia, Conakry, Addis Ababa,
Asmara, Khartoum, Mogadishu, Tripoli, Cairo, Algiers, Tunis, Rabat, Casablanca,
Bucharest, Constanța = Constanţa, Medgidia, Mangalia, Tulcea, Iași, Cluj-Napoca,
Timișoara, Brașov, Craiova, Galați, Ploiești, Oradea, Brăila, Arad, Pitești, Sibiu,
Bacău, Buzău, Suceava, Satu Mare, Baia Mare, Giurgiu, Călărași, Slobozia, ?Alexandria,
Fuzhou, Fuqing, Changle, Wenzhou, Beijing, Shanghai, Guangzhou, Shenzhen, Hong Kong,
Warsaw, Kraków = Krakow; Cracow, Łódź, Wrocław, Poznań, Gdańsk, Gdynia, Szczecin,
Lublin, Katowice, Białystok, Bydgoszcz, Toruń, Rzeszów, Olsztyn, Kielce, Opole,
Częstochowa, Radom, Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys, Riga, Tallinn,
Bratislava, Košice, Prešov, Nitra, Prague, Brno, Ostrava, Budapest, Debrecen, ?Sofia,
Varna, Plovdiv, Burgas, Chișinău = Chisinau, Kyiv = Kiev, Lviv, Odesa = Odessa, Minsk,
Moscow, St Petersburg = Saint Petersburg, Paris, Lille, Lyon, Marseille, Boulogne =
Boulogne-sur-Mer, Gravelines, Grande-Synthe, Milan, Rome, Naples, Turin, Venice,
?Florence, Bologna, Madrid, Barcelona, Málaga, Valencia, Seville, Lisbon, Porto,
Brussels, Antwerp, Ghent, Liège, Amsterdam, The Hague, Utrecht, Berlin, Hamburg, Munich,
Frankfurt, Cologne, Düsseldorf, Dortmund, Stuttgart, Vienna, Zurich, Geneva, Athens,
Thessaloniki, Istanbul, Ankara, Zagreb, Belgrade, Sarajevo, Pristina, Skopje,
Podgorica, Ljubljana, Dublin, Cork, Copenhagen, Stockholm, Oslo, Helsinki, Kabul,
Tehran, Baghdad, Erbil, Damascus, Aleppo, Beirut, Amman, Karachi, Lahore, Islamabad,
Dhaka, Delhi = New Delhi, Mumbai, Kathmandu, Colombo, Bangkok, Manila, Jakarta,
Kuala Lumpur, Phnom Penh, Dubai, Doha, Abu Dhabi, Riyadh, Kuwait City, Jeddah, Muscat,
Manama
"""

UK_PORTS = """
Dover = Port of Dover, Folkestone, Harwich, Purfleet, Tilbury = Port of Tilbury,
Felixstowe, Immingham, Killingholme, Newhaven, Holyhead, Fishguard, Pembroke Dock,
Milford Haven, Cairnryan, Heysham, Teesport, Rosyth, Ramsgate Port, Poole Harbour,
Portsmouth International Port, Hull Port = Port of Hull, Southampton Docks, Liverpool Docks,
Grimsby Docks
"""

WORLD_PORTS = """
Calais = Port of Calais, Dunkirk = Dunkerque, Zeebrugge, Ostend = Oostende,
Hook of Holland = Hoek van Holland, Rotterdam = Europoort; Port of Rotterdam, IJmuiden,
Cherbourg, Le Havre, Ouistreham, Caen, Dieppe, Roscoff, St Malo = Saint-Malo, Bilbao,
Santander, Bari, Brindisi, Ancona, Igoumenitsa, Patras, Esbjerg, Cuxhaven, Rosslare
"""

AIRPORTS = """
Heathrow = Heathrow Airport; London Heathrow; Heathrow T2; Heathrow T3; Heathrow T4;
Heathrow T5; Heathrow Terminal 2; Heathrow Terminal 3; Heathrow Terminal 4;
Heathrow Terminal 5,
Gatwick = Gatwick Airport; London Gatwick, Stansted = Stansted Airport; London Stansted,
Luton Airport = London Luton; London Luton Airport, London City Airport,
Southend Airport, Manchester Airport, Birmingham Airport, Bristol Airport,
East Midlands Airport, Leeds Bradford Airport, Liverpool John Lennon Airport = Liverpool
Airport, Newcastle Airport, Edinburgh Airport, Glasgow Airport, Prestwick Airport =
Glasgow Prestwick, Aberdeen Airport, Belfast International Airport, Belfast City Airport,
Doncaster Sheffield Airport, Cardiff Airport,
Paris Charles de Gaulle = Charles de Gaulle; Charles de Gaulle Airport; CDG;
Roissy-Charles de Gaulle, Orly = Paris Orly, Schiphol = Amsterdam Schiphol,
Frankfurt Airport, Istanbul Airport, Dubai International Airport, Murtala Muhammed Airport,
Nnamdi Azikiwe International Airport, Noi Bai = Noi Bai International Airport,
Tan Son Nhat, Henri Coandă = Otopeni; Henri Coandă International Airport,
Tirana International Airport = Rinas, Beijing Capital International Airport,
Madrid Barajas = Barajas, Brussels Airport = Zaventem
"""

BORDER_POINTS = """
Coquelles, Eurotunnel = Channel Tunnel; Le Shuttle, Eurotunnel terminal,
Eurotunnel freight terminal, Folkestone Eurotunnel terminal = Cheriton, Nădlac = Nădlac crossing,
Calafat, Kapitan Andreevo, Röszke = Roszke, Horgoš, Kelebija, Medyka, Terespil,
Kukurydza Crossing
"""

STATIONS = """
London Victoria = Victoria Station, London Victoria Coach Station = Victoria Coach Station,
St Pancras = St Pancras International; London St Pancras, King's Cross = Kings Cross,
Euston = London Euston, Paddington = London Paddington, Waterloo = London Waterloo,
Liverpool Street = London Liverpool Street, London Bridge, Manchester Piccadilly,
Birmingham New Street = New Street Station, Digbeth Coach Station, Leeds Station,
Glasgow Central, Edinburgh Waverley, Gare du Nord = Paris Gare du Nord, Ebbsfleet
International, Ashford International, Stratford International
"""

#: All blocks, by kind.
BLOCKS: dict[str, tuple[str, ...]] = {
    "city": (UK_CITIES, WORLD_CITIES),
    "town": (UK_TOWNS,),
    "area": (UK_AREAS,),
    "region": (UK_REGIONS, WORLD_REGIONS),
    "port": (UK_PORTS, WORLD_PORTS),
    "airport": (AIRPORTS,),
    "border_point": (BORDER_POINTS,),
    "station": (STATIONS,),
}
