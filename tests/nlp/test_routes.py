"""Routes: journeys told in report sentences, in travel order, with mode and travellers."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ocgmap.nlp.extensions import get_str
from ocgmap.nlp.routes import RouteMention, chain_routes, routes_of


def stops(route: RouteMention) -> list[str]:
    """Answer the stop names of `route`."""
    return [get_str(s, "ocg_canonical") or s.text for s in route.stops]


def journeys(doc: Doc) -> list[list[str]]:
    """Answer the stops of every route mention of `doc`."""
    return [stops(r) for r in routes_of(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("She travelled from Bucharest via Vienna to Calais.", ["Bucharest", "Vienna", "Calais"]),
    ("They travelled from Lagos to Paris through Madrid.", ["Lagos", "Madrid", "Paris"]),
    ("She arrived at Heathrow on a flight from Lagos.", ["Lagos", "Heathrow"]),
    ("The men crossed from Calais to Dover in a lorry.", ["Calais", "Dover"]),
    ("Route: Bucharest → Vienna → Calais.", ["Bucharest", "Vienna", "Calais"]),
    ("Route: Durrës -> Bari.", ["Durrës", "Bari"]),
    ("The women were moved between Birmingham and Leeds.", ["Birmingham", "Leeds"]),
    ("They were moved between flats in Woolwich, Croydon and Luton.",
     ["Woolwich", "Croydon", "Luton"]),
])
def test_route_forms(nlp: Language, text: str, expected: list[str]) -> None:
    assert journeys(nlp(text)) == [expected]


def test_boarding_after_an_earlier_leg(nlp: Language) -> None:
    doc = nlp("The girls boarded the lorry at Calais after travelling by car from Milan "
              "through Paris.")
    assert journeys(doc) == [["Milan", "Paris", "Calais"]]


def test_dash_between_airports(nlp: Language) -> None:
    doc = nlp("Loredana VASILE flew Bucharest–Luton on 28 March.")
    assert journeys(doc) == [["Bucharest", "Luton"]]
    assert routes_of(doc)[0].mode == "flight"


@pytest.mark.parametrize(("text", "mode"), [
    ("The men crossed from Calais to Dover in a lorry.", "lorry"),
    ("She flew from Lagos to Heathrow.", "flight"),
    ("They went by train from Paris to Calais.", "train"),
    ("The group crossed from Dunkirk to Dover in a small boat.", "small boat"),
    ("They travelled by minibus from Constanța to Manchester.", "minibus"),
    ("He walked from Calais to Coquelles.", "on foot"),
])
def test_mode(nlp: Language, text: str, mode: str) -> None:
    routes = routes_of(nlp(text))
    assert [r.mode for r in routes] == [mode]


def test_travellers_are_the_moved_not_the_driver(nlp: Language) -> None:
    doc = nlp("Ardit KOLA drove Loredana VASILE from Luton to Southampton.")
    (route,) = routes_of(doc)
    assert [t.text for t in route.travellers] == ["Loredana VASILE"]


def test_passive_subject_group_travels(nlp: Language) -> None:
    doc = nlp("Three Albanian women were driven from Dover to Ilford by Erion KOLA.")
    (route,) = routes_of(doc)
    assert [t.label_ for t in route.travellers] == ["VictimGroup"]


def test_pronoun_resolves_to_the_earlier_victim(nlp: Language) -> None:
    doc = nlp("Potential victim: Loredana VASILE, female, 22. Ardit KOLA met her at "
              "the station. She flew from Bucharest to Luton.")
    (route,) = routes_of(doc)
    assert [get_str(t, "ocg_canonical") for t in route.travellers] == ["Loredana Vasile"]


def test_a_bare_destination_continues_from_the_last_stop(nlp: Language) -> None:
    doc = nlp("Mr Lin flew from Fuzhou to Heathrow. A driver took him to an office in "
              "Manchester. The same night he was driven to Wigan.")
    assert journeys(doc) == [["Fuzhou", "Heathrow"], ["Heathrow", "Manchester"],
                             ["Manchester", "Wigan"]]
    (journey,) = chain_routes(routes_of(doc))
    assert [s.text for s in journey.stops] == ["Fuzhou", "Heathrow", "Manchester", "Wigan"]
    assert journey.mode == "flight"


@pytest.mark.parametrize("text", [
    "The company has offices in London, Manchester and Leeds.",
    "KOLA lives in Ilford and his brother lives in Reading.",
    "Money was sent from Ilford to Constanța every week.",
    "Two men from Medgidia were arrested in Manchester.",
])
def test_places_that_are_no_journey(nlp: Language, text: str) -> None:
    assert routes_of(nlp(text)) == []


def test_many_places_finish_quickly(nlp: Language) -> None:
    towns = ["London", "Leeds", "Dover", "Calais", "Paris", "Luton", "Reading", "Bristol",
             "Milan", "Vienna"]
    sentences = [f"They travelled from {towns[i % 10]} to {towns[(i + 1) % 10]}."
                 for i in range(150)]
    text = " ".join(sentences)
    start = time.perf_counter()
    doc = nlp(text)
    elapsed = time.perf_counter() - start
    assert sum(1 for e in doc.ents if e.label_ == "Location") == 300
    assert len(routes_of(doc)) == 150
    assert elapsed < 10


@pytest.mark.parametrize(("text", "expected"), [
    ("From Poland they went by van to Germany, where they stayed in Munich.",
     [["Poland", "Munich"]]),
    ("She flew from Lagos to Gatwick via Madrid, Spain.", [["Lagos", "Madrid", "Gatwick"]]),
    ("They took the ferry from Durrës to Bari. A second driver met them in Italy and drove "
     "them to Turin.", [["Durrës", "Bari"], ["Bari", "Turin"]]),
    ("The lorry left Rotterdam at night. They got out somewhere in Essex after the lorry had "
     "crossed at Harwich.", [["Rotterdam", "Harwich"]]),
])
def test_a_country_or_region_gives_way_to_the_stop_inside_it(
        nlp: Language, text: str, expected: list[list[str]]) -> None:
    assert journeys(nlp(text)) == expected


def test_arrival_in_the_uk_stays_a_stop(nlp: Language) -> None:
    doc = nlp("The girl entered the UK hidden in a lorry from France. She was then taken to a "
              "house in Handsworth.")
    assert journeys(doc) == [["France", "UK"], ["UK", "Handsworth"]]


def test_a_country_reached_then_named_more_precisely(nlp: Language) -> None:
    doc = nlp("From Vienna the boys went on to France. In France they waited for weeks in a camp "
              "near Calais. A driver took them to Leeds.")
    (journey,) = chain_routes(routes_of(doc))
    assert [s.text for s in journey.stops] == ["Vienna", "Calais", "Leeds"]


def test_leaving_a_country_then_a_town_in_it(nlp: Language) -> None:
    doc = nlp("Loredana VASILE left Romania in May. A driver took her from Craiova to Vienna.")
    assert journeys(doc) == [["Craiova", "Vienna"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("She travelled overland through Bulgaria and Serbia before reaching Calais.",
     ["Bulgaria", "Serbia", "Calais"]),
    ("He was smuggled across the Channel from Calais to Folkestone.", ["Calais", "Folkestone"]),
    ("The men were recruited in Craiova and brought to Peterborough by coach.",
     ["Craiova", "Peterborough"]),
    ("Workers were bussed from Wisbech to farms in Lincolnshire.", ["Wisbech", "Lincolnshire"]),
    ("He made his way to Calais and hid in a lorry bound for Dover.", ["Calais", "Dover"]),
    ("Flight from Istanbul, passengers connecting ex Tirana.", ["Tirana", "Istanbul"]),
    ("She arrived in the UK at Stansted on a flight from Bucharest.",
     ["Bucharest", "UK", "Stansted"]),
])
def test_more_journey_phrasings(nlp: Language, text: str, expected: list[str]) -> None:
    assert journeys(nlp(text)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Loredana VASILE is from Craiova. Last year she travelled to Bucharest and flew from "
     "Bucharest to Luton.", ["Craiova", "Bucharest", "Luton"]),
    ("**Home area:** a village in Ha Tinh province\n\nHe was interviewed twice. He said he "
     "was taken to Hanoi and flown to Moscow.", ["Ha Tinh", "Hanoi", "Moscow"]),
])
def test_where_someone_is_from_starts_a_journey_that_names_no_origin(
        nlp: Language, text: str, expected: list[str]) -> None:
    (journey,) = chain_routes(routes_of(nlp(text)))
    assert [get_str(s, "ocg_canonical") or s.text for s in journey.stops] == expected


def test_where_someone_is_from_is_not_put_before_a_stated_origin(nlp: Language) -> None:
    doc = nlp("Loredana VASILE is from Craiova. She flew from Bucharest to Luton.")
    assert journeys(doc) == [["Bucharest", "Luton"]]


def test_a_transit_point_is_where_the_next_leg_starts(nlp: Language) -> None:
    doc = nlp("The women were brought into the country through Harwich. They were then moved "
              "to Leicester.")
    assert journeys(doc) == [["Harwich", "Leicester"]]


def test_blank_lines_and_headings_do_not_end_a_journey(nlp: Language) -> None:
    doc = nlp("Before they left, KOLA took the girls to a house outside Elbasan. They were told "
              "to wait. Nobody explained why. One girl cried. KOLA shouted at her.\n\n"
              "## Journey\n\nIn May 2023 KOLA drove the girls to Tirana.")
    assert journeys(doc)[-1] == ["Elbasan", "Tirana"]


def test_a_daily_drive_within_the_area_is_no_new_stop(nlp: Language) -> None:
    doc = nlp("The men were taken to a house in Leeds. Every morning they were driven to sites "
              "across West Yorkshire.")
    assert all("West Yorkshire" not in stops for stops in journeys(doc))


BORDER_NOTE = ("Border Force - Heathrow T3 - Safeguarding note\nDate: 22 January 24\n\n"
               "Flight from Madrid, passengers connecting ex Lagos. An officer spoke to two "
               "Nigerian girls aged 15 and 16.")


def test_a_flight_a_border_post_writes_about_arrives_at_that_post(nlp: Language) -> None:
    assert journeys(nlp(BORDER_NOTE)) == [["Lagos", "Madrid", "Heathrow"]]


def test_a_route_already_in_the_uk_does_not_go_on_to_the_post(nlp: Language) -> None:
    doc = nlp("Border Force - Heathrow T3 - Safeguarding note\n\n"
              "She flew from Lagos to Gatwick and was driven to Croydon.")
    assert ["Heathrow"] not in [j[-1:] for j in journeys(doc)]


def test_an_arrival_from_abroad_in_a_port_s_note_ends_at_the_port(nlp: Language) -> None:
    doc = nlp("BORDER FORCE - DOVER EASTERN DOCKS - COACH ARRIVAL ASSESSMENT\n"
              "Date: 14/05/2024\n\n"
              "Coach CT 19 GDU arrived from Calais at 0630 hrs carrying seven Romanian men.")
    assert journeys(doc) == [["Calais", "Dover"]]


def test_leaving_a_country_in_a_port_s_note_is_no_arrival_there(nlp: Language) -> None:
    assert journeys(nlp("Border Force - Heathrow T3 - note\n\nShe left Albania in 2023.")) == []


def test_sending_someone_from_one_town_to_another_is_a_journey(nlp: Language) -> None:
    assert journeys(nlp("Dean MORTIMER sent him from Croydon to Hastings by train.")) == [
        ["Croydon", "Hastings"]]


@pytest.mark.parametrize("text", [
    "VASILE sent money from Ilford to Constanța every week.",
    "VASILE sent £2,000 from Ilford to Constanța.",
    "He drove the three men from Medgidia on to Manchester.",
])
def test_money_sent_or_people_described_by_their_town_make_no_new_stop(
        nlp: Language, text: str) -> None:
    assert all("Medgidia" not in j and "Ilford" not in j for j in journeys(nlp(text)))
