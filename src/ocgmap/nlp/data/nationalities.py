"""Nationality adjectives and demonyms, by ISO 3166 code.

Format: `CODE: Adjective; other forms`. The first form is the canonical nationality
("Albanian"); plural and variant forms follow. Covers the source countries of NRM
referrals (domain brief §3.3) and the nationalities common in UK intelligence.
"""

from __future__ import annotations

DEMONYMS = """
AL: Albanian; Albanians
VN: Vietnamese
NG: Nigerian; Nigerians
RO: Romanian; Romanians
CN: Chinese
PL: Polish; Pole; Poles
LT: Lithuanian; Lithuanians
LV: Latvian; Latvians
EE: Estonian; Estonians
SK: Slovak; Slovakian; Slovaks; Slovakians
CZ: Czech; Czechs
HU: Hungarian; Hungarians
BG: Bulgarian; Bulgarians
MD: Moldovan; Moldovans
UA: Ukrainian; Ukrainians
RU: Russian; Russians
BY: Belarusian; Belarusians
GE: Georgian; Georgians
AM: Armenian; Armenians
TR: Turkish; Turks
XK: Kosovan; Kosovar; Kosovans; Kosovars
RS: Serbian; Serb; Serbs; Serbians
BA: Bosnian; Bosnians
HR: Croatian; Croat; Croats; Croatians
MK: Macedonian; Macedonians
ME: Montenegrin; Montenegrins
GR: Greek; Greeks
IT: Italian; Italians
ES: Spanish; Spaniard; Spaniards
PT: Portuguese
FR: French
DE: German; Germans
NL: Dutch
BE: Belgian; Belgians
IE: Irish
GB: British
GB-ENG: English
GB-SCT: Scottish; Scots
GB-WLS: Welsh
ER: Eritrean; Eritreans
ET: Ethiopian; Ethiopians
SD: Sudanese
SS: South Sudanese
SO: Somali; Somalian; Somalis; Somalians
KE: Kenyan; Kenyans
UG: Ugandan; Ugandans
TZ: Tanzanian; Tanzanians
RW: Rwandan; Rwandans
BI: Burundian; Burundians
CD: Congolese
CM: Cameroonian; Cameroonians
GH: Ghanaian; Ghanaians
GM: Gambian; Gambians
SL: Sierra Leonean; Sierra Leoneans
GN: Guinean; Guineans
CI: Ivorian; Ivorians
LR: Liberian; Liberians
SN: Senegalese
ML: Malian; Malians
BF: Burkinabe
TG: Togolese
BJ: Beninese
NE: Nigerien; Nigeriens
TD: Chadian; Chadians
ZW: Zimbabwean; Zimbabweans
MW: Malawian; Malawians
ZM: Zambian; Zambians
ZA: South African; South Africans
AO: Angolan; Angolans
EG: Egyptian; Egyptians
LY: Libyan; Libyans
TN: Tunisian; Tunisians
DZ: Algerian; Algerians
MA: Moroccan; Moroccans
SY: Syrian; Syrians
IQ: Iraqi; Iraqis
IR: Iranian; Iranians
AF: Afghan; Afghans; Afghani
KW: Kuwaiti; Kuwaitis
SA: Saudi; Saudis; Saudi Arabian
AE: Emirati; Emiratis
YE: Yemeni; Yemenis
JO: Jordanian; Jordanians
LB: Lebanese
PS: Palestinian; Palestinians
PK: Pakistani; Pakistanis
IN: Indian; Indians
BD: Bangladeshi; Bangladeshis
LK: Sri Lankan; Sri Lankans
NP: Nepalese; Nepali; Nepalis
PH: Filipino; Filipina; Filipinos; Filipinas; Philippine
TH: Thai
ID: Indonesian; Indonesians
MY: Malaysian; Malaysians
KH: Cambodian; Cambodians
LA: Laotian; Lao
MM: Burmese
MN: Mongolian; Mongolians
KR: South Korean; Korean; Koreans
KP: North Korean; North Koreans
JP: Japanese
JM: Jamaican; Jamaicans
TT: Trinidadian; Trinidadians
GY: Guyanese
BR: Brazilian; Brazilians
CO: Colombian; Colombians
VE: Venezuelan; Venezuelans
PE: Peruvian; Peruvians
EC: Ecuadorian; Ecuadorians
BO: Bolivian; Bolivians
MX: Mexican; Mexicans
CU: Cuban; Cubans
DO: Dominican; Dominicans
US: American; Americans
"""
