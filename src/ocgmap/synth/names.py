"""Name pools by nationality, for fictional people: given names, surnames and nickname styles.

Every combination drawn from these pools is invented; the pools are ordinary common names so
that the text looks like real casework. Vietnamese and Chinese names are written surname
first (`NGUYEN Van Hung`); Polish surnames take their feminine form (`-ska`) for women.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def _words(block: str) -> tuple[str, ...]:
    return tuple(block.split())


@dataclass(frozen=True)
class NamePool:
    """The names of one nationality and how they are written."""

    nationality: str  # adjective: "Albanian"
    country: str  # "Albania"
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_first: bool = False
    # Vietnamese middle names that go before the given name ("Van" Hung, "Thi" Lan).
    male_middle: tuple[str, ...] = ()
    female_middle: tuple[str, ...] = ()
    # Nickname patterns with {given}, {last} (last word of the given name), {initial},
    # {surname}: "Chu {last}" gives "Chu Hung".
    honorifics: tuple[str, ...] = ()
    common: tuple[tuple[str, str], ...] = ()  # (given, surname) pairs used for namesakes


ALBANIAN = NamePool(
    "Albanian", "Albania",
    male=_words("""Ardit Erion Besnik Klevis Arben Dritan Gentian Ilir Fatmir Agron Bledar
        Edmond Elton Florian Gezim Luan Mergim Arjan Artan Ervin Klodian Marsel Olsi Redon Sokol
        Taulant Valon Ylli Alban Altin Blerim Dorian Endrit Fation Genc Hysen Kujtim Lorenc
        Nertil Qemal Skender Shpetim Visar"""),
    female=_words("""Klodiana Elona Anisa Besa Drita Ermira Fjorela Greta Ilda Jonida Kejsi
        Lindita Nertila Ornela Rudina Sidorela Teuta Valbona Xhensila Alketa Arta Blerina
        Brunilda Dorina Eglantina Elira Entela Erisa Floriana Gentiana Jetmira Klea Lediana
        Manjola Migena Oriola Rezarta Suela Vjollca Zamira Albana"""),
    surnames=_words("""Kola Doka Marku Deda Krasniqi Gashi Berisha Shehu Leka Mema Dervishi
        Basha Cela Duka Gjoni Hasani Isufi Kastrati Lika Malaj Ndreu Osmani Prendi Qosja Sula
        Tafa Topalli Vata Xhafa Zeka Bregu Cani Daci Elezi Gjika Hyseni Jaupi Kuka Lleshi Muca
        Nika Pllaha Rexha Shkurti Tare"""),
    honorifics=("Xhaxhi {given}", "{given} UK", "Big {given}"),
    common=(("Arben", "Hoxha"), ("Ilir", "Gashi"), ("Artan", "Shehu")),
)

VIETNAMESE = NamePool(
    "Vietnamese", "Vietnam",
    male=_words("""Hung Anh Vinh Minh Nam Tuan Dung Long Hai Son Thang Phuc Quan Khoa Bao Cuong
        Dat Duy Hieu Hoang Huy Khanh Kien Loc Luan Manh Nghia Phong Quoc Tai Thien Thinh Toan
        Trung Tung Viet Hau Binh Chien Dien Lam Hoan"""),
    female=_words("""Lan Hoa Ngoc Mai Linh Huong Trang Thao Hanh Nhung Phuong Thuy Yen Nga Hien
        Ha Huyen Lien Loan Ly My Nhi Oanh Quyen Tam Tuyet Uyen Vy Xuan Chau Diep Giang Hang
        Khanh Lua Ngan Suong Thu Dao Kieu Tien"""),
    surnames=_words("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
        Dao Dinh Lam Mai Trinh Truong Cao Luong Ta Ha Quach Thai Chu La Kieu Tang Vuong Lu Khuc
        Doan Kim Hua Ong Tong Than Giang Mac"""),
    surname_first=True,
    male_middle=_words("Van Duc Minh Quang Huu Thanh Cong Dinh Xuan Ngoc"),
    female_middle=_words("Thi Thi Thi Ngoc Thu Thanh Kim Hong"),
    honorifics=("Chu {last}", "Anh {last}", "Co {last}", "Chi {last}", "Bac {last}"),
    common=(("Van Nam", "Nguyen"), ("Van Hung", "Tran"), ("Thi Lan", "Nguyen")),
)

ROMANIAN = NamePool(
    "Romanian", "Romania",
    male=_words("""Florin Ion Gabriel Andrei Mihai Constantin Vasile Marian Adrian Nicolae
        Cristian Daniel Ionuț Alexandru Bogdan Cătălin Costel Dorin Emil Eugen Gheorghe Iulian
        Laurențiu Liviu Lucian Marius Nelu Ovidiu Petru Radu Răzvan Sorin Ștefan Tudor Valentin
        Viorel Virgil Cosmin Claudiu Sergiu Traian"""),
    female=_words("""Mirela Loredana Elena Maria Ioana Andreea Alina Cristina Daniela Gabriela
        Mihaela Nicoleta Roxana Simona Adriana Camelia Carmen Corina Denisa Florentina Georgiana
        Irina Larisa Luminița Mădălina Monica Oana Ramona Raluca Silvia Tatiana Valentina
        Violeta Anca Bianca Diana Lavinia Livia Paula Sorina Teodora Viorica"""),
    surnames=_words("""Stoica Dumitru Vasile Ionescu Popa Radu Stan Munteanu Constantin Marin
        Ene Lungu Ilie Barbu Tudor Matei Florea Dinu Nistor Ciobanu Moldovan Rusu Sandu Toma
        Crăciun Gheorghe Oprea Mocanu Șerban Preda Neagu Dobre Anghel Voicu Badea Cristea
        Diaconu Enache Iordache Lazăr Manea Nedelcu Zamfir"""),
    honorifics=("Nea {given}", "Baronul", "Sefu", "Tanti {given}"),
    common=(("Ion", "Popescu"), ("Gheorghe", "Popa"), ("Maria", "Ionescu")),
)

NIGERIAN = NamePool(
    "Nigerian", "Nigeria",
    male=_words("""Osaro Efosa Ohen Babatunde Chinedu Emeka Ikenna Oluwaseun Tunde Segun Femi
        Kunle Uche Obinna Nosa Eghosa Ehis Ikponmwosa Ade Dayo Gbenga Jide Kayode Lanre Olumide
        Rotimi Sola Tayo Chidi Chukwudi Ifeanyi Nnamdi Okey Udoka Godwin Samuel Friday Sunday
        Emmanuel Moses Osahon"""),
    female=_words("""Grace Blessing Precious Joy Faith Osas Efe Eki Itohan Osarugue Funmilayo
        Folake Ngozi Chioma Adaeze Amaka Bisi Bukola Esther Favour Gift Happiness Hope Ivie
        Mercy Nkechi Omolara Patience Peace Queen Ronke Sade Temitope Uyi Victoria Yetunde
        Comfort Deborah Osayuki Isoken Ebere"""),
    surnames=_words("""Osagie Igbinedion Okundaye Ekhator Olawale Obaseki Omoruyi Aigbe
        Ehigiator Idahosa Ogbebor Osayande Uwaifo Asemota Edokpolo Iyamu Aghedo Erhabor
        Ogiemwonyi Eze Nwosu Okonkwo Obi Adeyemi Adebayo Ogunleye Bakare Balogun Oyelaran
        Akinola Afolabi Ojo Oladipo Onyeka Chukwu Nnaji Ibe Ugwu Amadi Okoro Ekpo Ogbonna
        Anozie"""),
    honorifics=("Mama {initial}", "Madam {given}", "Oga {given}", "Uncle {given}", "Aunty {given}"),
    common=(("John", "Okafor"), ("Blessing", "Okoro"), ("Samuel", "Eze")),
)

CHINESE = NamePool(
    "Chinese", "China",
    male=_words("""Wei Jun Hao Lei Qiang Ming Jian Tao Bin Peng Chao Gang Hui Jie Kai Long Bo
        Feng Yong Dong Xin Zhiqiang Jianguo Haitao Wenjie Zhiwei Guoqiang Xiaolong Jianhua Yifan
        Zhenyu Haoran Junjie Weidong Chenglong Dawei Jiahao Shuai Liang Zhen"""),
    female=_words("""Mei Fang Na Jing Xiu Ying Yan Hong Juan Ling Xia Min Ping Qing Yun Dan
        Xiaomei Lihua Xiuying Yuqing Meilin Jiayi Xinyi Shuang Ting Wen Yue Qian Rui Lili Ning
        Xue Chun Yu Hua Lian Shu Zhi Ai Jiao"""),
    surnames=_words("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He
        Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan
        Yuan Cai Jiang Du Ye Cheng Wei Su Ding"""),
    surname_first=True,
    honorifics=("Ah {given}", "Boss {surname}", "Auntie {given}", "Lao {surname}"),
    common=(("Wei", "Wang"), ("Mei", "Chen"), ("Jun", "Li")),
)

POLISH = NamePool(
    "Polish", "Poland",
    male=_words("""Tomasz Paweł Marek Piotr Krzysztof Andrzej Jan Michał Łukasz Grzegorz Adam
        Marcin Jakub Dariusz Mariusz Rafał Robert Sebastian Wojciech Zbigniew Kamil Damian Artur
        Bartosz Dawid Jacek Janusz Jerzy Karol Leszek Mateusz Mirosław Patryk Przemysław Ryszard
        Sławomir Stanisław Tadeusz Waldemar Krystian Szymon"""),
    female=_words("""Agnieszka Anna Katarzyna Małgorzata Joanna Ewa Magdalena Monika Barbara
        Beata Dorota Elżbieta Iwona Justyna Karolina Marta Natalia Paulina Renata Sylwia Teresa
        Urszula Wioletta Zofia Aleksandra Danuta Edyta Grażyna Halina Izabela Jadwiga Kinga
        Marzena Patrycja Weronika Dominika Emilia Irena Jolanta Krystyna Lucyna Bożena"""),
    surnames=_words("""Wójcik Król Nowak Kowalski Wiśniewski Kowalczyk Kamiński Lewandowski
        Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk
        Piotrowski Grabowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek
        Jabłoński Majewski Olszewski Stępień Malinowski Jaworski Górski Rutkowski Witkowski
        Walczak Sikora Baran Michalak Szewczyk Ostrowski Tomaszewski"""),
    honorifics=("Szef", "Pan {given}", "Duży {given}"),
    common=(("Piotr", "Nowak"), ("Anna", "Nowak"), ("Tomasz", "Mazur")),
)

BRITISH = NamePool(
    "British", "United Kingdom",
    male=_words("""Dwayne Jermaine Jordan James Daniel Ryan Liam Connor Kyle Jamie Lewis Callum
        Aaron Nathan Tyrone Marcus Reece Kieran Shane Dean Craig Lee Wayne Darren Gary Paul Mark
        Stephen Michael Thomas Jack Harry George Oliver Ethan Kai Tyler Luke Mason Rhys Jason
        Scott"""),
    female=_words("""Chloe Jade Leanne Kayleigh Shannon Sophie Emma Lauren Rebecca Charlotte
        Jessica Amy Hannah Stacey Kerry Danielle Gemma Natalie Nicola Samantha Sarah Tracey Zoe
        Abigail Ellie Holly Megan Paige Demi Courtney Chantelle Kelly Louise Michelle Rachel
        Joanne Lisa Amber Aaliyah Keisha Tia Naomi"""),
    surnames=_words("""Ashley Campbell Whyte Smith Jones Williams Brown Taylor Davies Evans
        Thomas Johnson Roberts Walker Wright Robinson Thompson White Hughes Edwards Green Hall
        Wood Harris Lewis Martin Jackson Clarke Turner Hill Scott Cooper Morris Ward Moore King
        Watson Baker Harrison Morgan Young Allen Mitchell Francis Reid Grant Bailey Richards"""),
    honorifics=("Boss {initial}", "Big {given}", "Lil {given}", "Young {initial}"),
    common=(("James", "Smith"), ("Daniel", "Jones"), ("Ryan", "Williams")),
)

POOLS: dict[str, NamePool] = {p.nationality: p for p in
                              (ALBANIAN, VIETNAMESE, ROMANIAN, NIGERIAN, CHINESE, POLISH, BRITISH)}
NATIONALITIES: tuple[str, ...] = tuple(POOLS)

#: Street nicknames: one per person at most, never reused across the world.
NICKNAMES: tuple[str, ...] = _words("""Bigz Roni Niku Kevi Ace Smokey Tiny Skinny Chef Doc Prof
    Shorty Lucky Benzo Dollar Bruno Lulu Kiki Zizi Bobo Tata Bossman Scar Ghost Snake Fox Tiger
    Panda Rocket Junior Papi Dino Rambo Tito Zorro Blade Spider Duke Major Captain Cobra Biggie
    Mouse Ginger Frosty Magic Dutch Bull Hammer Coco Gucci Rolex Sparky Wiz Jet Storm Ice Bandit
    Pepper Moody Sniper Turbo Gizmo Flash Nemo Yoyo Razor Boxer Milo Sonic Diesel Mario Bear
    Viper Shadow Bingo Lion Eagle Banksy Chucky Cuz Dre Rizla Stretch Taz Toto Vito Ziggy Smiley
    Cash Neo Rico Teddy Kojak Chino Fuzz Pablo Monk Kilo""")

#: Names for officials (police, social workers, NGO staff): British plus some diversity.
OFFICIAL_MALE: tuple[str, ...] = BRITISH.male + _words(
    "Sunil Amrit Imran Kwame Rajesh Yusuf Tariq")
OFFICIAL_FEMALE: tuple[str, ...] = BRITISH.female + _words(
    "Priya Aisha Nadia Ama Farah Anjali Sana")
OFFICIAL_SURNAMES: tuple[str, ...] = BRITISH.surnames + _words(
    """Nanda Khan Ahmed Begum Singh Osei Mensah Okoye Holloway Rowe Fell Kirkby Doyle Pike
    Marsden Forbes Fenwick Bowen Hargreaves Pemberton Whitfield Ashworth Lockwood Ramsden Kaur
    Chaudhry Boateng Sutcliffe Calloway Dunmore Pryce Hartley Fairbairn Gillespie Maddox""")

_FEMININE_ENDINGS = (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska"))


def surname_for(pool: NamePool, surname: str, gender: str) -> str:
    """Answer the surname as written for a person of `gender` (Polish `-ski` ↔ `-ska`)."""
    if pool.nationality != "Polish":
        return surname
    for male, female in _FEMININE_ENDINGS:
        if gender == "female" and surname.endswith(male):
            return surname[: -len(male)] + female
        if gender == "male" and surname.endswith(female):
            return surname[: -len(female)] + male
    return surname


_NOT_DECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_fold(text: str) -> str:
    """Answer `text` without diacritics, as an English keyboard writes it: Wójcik → Wojcik."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
