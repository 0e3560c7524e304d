"""Public bodies, NGOs and online platforms, with the names and acronyms reports use.

Format: `category: Canonical name = alias; alias`. Aliases in capitals or without a space
("NCA", "Met") are matched case-sensitively; longer names case-insensitively, so that
"WEST MIDLANDS POLICE" in a log header is found. Categories: police, agency, ngo,
international, court, platform. Sources: domain brief §3.13 and the Home Office list of
territorial police forces.
"""

from __future__ import annotations

AGENCIES = """
police: Avon and Somerset Constabulary = Avon and Somerset Police
police: Bedfordshire Police
police: Cambridgeshire Constabulary
police: Cheshire Constabulary = Cheshire Police
police: City of London Police
police: Cleveland Police
police: Cumbria Constabulary
police: Derbyshire Constabulary = Derbyshire Police
police: Devon and Cornwall Police
police: Dorset Police
police: Durham Constabulary
police: Dyfed-Powys Police
police: Essex Police
police: Gloucestershire Constabulary
police: Greater Manchester Police = GMP
police: Gwent Police
police: Hampshire Constabulary = Hampshire and Isle of Wight Constabulary; Hampshire Police
police: Hertfordshire Constabulary = Herts Police
police: Humberside Police
police: Kent Police
police: Lancashire Constabulary = Lancashire Police
police: Leicestershire Police
police: Lincolnshire Police
police: Merseyside Police
police: Metropolitan Police Service = Metropolitan Police; Met Police; MPS; Met; Scotland Yard
police: Norfolk Constabulary
police: North Wales Police
police: North Yorkshire Police = NYP
police: Northamptonshire Police
police: Northumbria Police
police: Nottinghamshire Police
police: South Wales Police
police: South Yorkshire Police = SYP
police: Staffordshire Police
police: Suffolk Constabulary
police: Surrey Police
police: Sussex Police
police: Thames Valley Police = TVP
police: Warwickshire Police
police: West Mercia Police
police: West Midlands Police = WMP
police: West Yorkshire Police = WYP
police: Wiltshire Police
police: Police Scotland
police: Police Service of Northern Ireland = PSNI
police: British Transport Police = BTP
police: Regional Organised Crime Unit = ROCU
police: National Human Trafficking Unit = NHTU
police: French Border Police = Police aux Frontières; PAF
police: Romanian Police = Romanian National Police; Poliția Română
police: DIICOT
police: Albanian State Police
police: An Garda Síochána = Garda Síochána; Garda; Gardaí
police: Guardia di Finanza
police: Carabinieri
police: Gendarmerie = Gendarmerie nationale
police: Bundespolizei
agency: National Crime Agency = NCA
agency: UK Human Trafficking Centre = UKHTC
agency: Modern Slavery and Organised Immigration Crime Unit = MSOICU
agency: Gangmasters and Labour Abuse Authority = GLAA; Gangmasters Licensing Authority
agency: Border Force = UK Border Force
agency: Home Office
agency: Home Office Immigration Enforcement = Immigration Enforcement
agency: UK Visas and Immigration = UKVI
agency: UK Border Agency = UKBA
agency: HM Revenue and Customs = HMRC; HM Revenue & Customs
agency: Health and Safety Executive = HSE
agency: Crown Prosecution Service = CPS
agency: Crown Office and Procurator Fiscal Service = COPFS
agency: Serious Organised Crime Agency = SOCA
agency: Child Exploitation and Online Protection Centre = CEOP
agency: Companies House
agency: Driver and Vehicle Licensing Agency = DVLA
agency: Department for Work and Pensions = DWP
agency: Employment Agency Standards Inspectorate = EAS
agency: Single Competent Authority
agency: Independent Anti-Slavery Commissioner
agency: Organised Crime Coordination Centre
agency: Nigeria Immigration Service
agency: NAPTIP
international: Europol
international: Interpol = INTERPOL
international: Frontex
international: International Organization for Migration = IOM
international: UNODC
international: International Labour Organization = ILO
ngo: Salvation Army
ngo: Migrant Help = Migrant Helpline
ngo: Modern Slavery Helpline = Modern Slavery and Exploitation Helpline
ngo: Unseen
ngo: Barnardo's
ngo: NSPCC
ngo: ECPAT UK
ngo: Kalayaan
ngo: Hope for Justice
ngo: Anti-Slavery International
ngo: Refugee Council
ngo: The Children's Society
ngo: Missing People
ngo: Crimestoppers
ngo: British Red Cross
ngo: Medaille Trust
ngo: Poppy Project
ngo: Stop the Traffik
ngo: City Hearts
ngo: Snowdrop Project
court: Old Bailey = Central Criminal Court
court: Court of Appeal
platform: Facebook = Facebook Marketplace
platform: WhatsApp
platform: Instagram
platform: Telegram
platform: Snapchat
platform: TikTok
platform: Viber
platform: WeChat
platform: Airbnb
platform: Booking.com
platform: Vivastreet
platform: AdultWork
platform: Gumtree
platform: Craigslist
platform: YouTube
platform: Skype
platform: OnlyFans
platform: OLX
platform: Vinted
platform: Tinder
platform: Grindr
platform: Signal Messenger
platform: Messenger = Facebook Messenger
platform: Revolut
"""
