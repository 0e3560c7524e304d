"""Relations joined from the facts of one report, and the verb frames added with them
(real model, invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ocgmap.nlp.relations import RelationMention, relations_of


def links(doc: Doc, rel_type: str) -> dict[tuple[str, str], RelationMention]:
    """Answer the relations of `rel_type` on `doc` by (source text, target text)."""
    return {(r.source.text, r.target.text): r for r in relations_of(doc) if r.type == rel_type}


COHABITING = ("A school nurse referred a girl called Blessing, who says she is 15, for "
              "domestic servitude. Blessing says she lives at "
              "23 Copperbeech Close, Croydon, with Mr Babatunde OLAWALE and his wife, "
              "Mrs Funmilayo OLAWALE.")


def test_people_a_victim_lives_with_live_there_too(nlp: Language) -> None:
    lives = links(nlp(COHABITING), "LIVES_AT")
    residents = {source for source, target in lives if target.startswith("23 Copperbeech")}
    assert {"Blessing", "Mr Babatunde OLAWALE", "Mrs Funmilayo OLAWALE"} <= residents


def test_offenders_sharing_a_victims_address_harbour_her_as_an_inference(
        nlp: Language) -> None:
    harboured = links(nlp(COHABITING), "HARBOURED")
    assert {("Mr Babatunde OLAWALE", "Blessing"),
            ("Mrs Funmilayo OLAWALE", "Blessing")} <= set(harboured)
    joined = harboured[("Mr Babatunde OLAWALE", "Blessing")]
    assert joined.attributes.get("basis") == "inferred"
    lives = links(nlp(COHABITING), "LIVES_AT")
    assert joined.confidence < min(r.confidence for r in lives.values())


def test_two_offenders_sharing_an_address_harbour_nobody(nlp: Language) -> None:
    doc = nlp("Ardit KOLA lives at 4 Mill Lane, Bolton, with his cousin Erion KOLA.")
    assert not links(doc, "HARBOURED")


CAR_WASH = ("Intelligence suggests that Ardit KOLA (41), Albanian, runs Sparkle Hand Car "
            "Wash, Bury Road, Bolton. Six Romanian men were seen working there for £20 a "
            "day. The men were recruited in Constanta by Loredana VASILE and driven to "
            "Bolton by Gabriel DUMITRU. This is labour exploitation.")


def test_running_a_business_is_owning_it_not_controlling_it(nlp: Language) -> None:
    doc = nlp(CAR_WASH)
    assert ("Ardit KOLA", "Sparkle Hand Car Wash") in links(doc, "OWNS")
    assert not any(target == "Sparkle Hand Car Wash" for _, target in links(doc, "CONTROLS"))


def test_victims_working_at_an_unnamed_place_work_at_the_reports_business(
        nlp: Language) -> None:
    employed = links(nlp(CAR_WASH), "EMPLOYED_BY")
    assert ("Six Romanian men", "Sparkle Hand Car Wash") in employed


def test_the_owner_of_a_victims_workplace_exploits_them(nlp: Language) -> None:
    exploited = links(nlp(CAR_WASH), "EXPLOITED")
    relation = exploited[("Ardit KOLA", "Six Romanian men")]
    assert relation.attributes.get("basis") == "inferred"
    assert relation.attributes.get("purpose") == "labour"


def test_unnamed_workplace_needs_exactly_one_business(nlp: Language) -> None:
    doc = nlp("Ardit KOLA runs Sparkle Hand Car Wash in Bolton. He also owns Rose Nails Ltd "
              "in Bury. Six Romanian men were seen working there.")
    assert len({e.text for e in doc.ents if e.label_ == "Business"}) == 2
    assert not links(doc, "EMPLOYED_BY")


def test_coordinated_passive_borrows_its_subject(nlp: Language) -> None:
    transported = links(nlp(CAR_WASH), "TRANSPORTED")
    assert ("Gabriel DUMITRU", "The men") in transported


def test_the_owner_is_named_in_a_copular_clause(nlp: Language) -> None:
    doc = nlp("He worked at the Jade Garden takeaway, Wigan, from 11am to 1am. The owner, "
              "whom he calls \"Lo Baan\", is a Cantonese-speaking man, WONG Kin, about 55.")
    assert ("WONG Kin", "Jade Garden") in {(s, t.replace(" takeaway", ""))
                                           for s, t in links(doc, "OWNS")}


def test_collecting_money_from_someone_is_being_paid_by_them(nlp: Language) -> None:
    doc = nlp("An Albanian woman called \"Klodi\" ran the flat. A man called \"Bigz\" "
              "visited twice and collected the money from Klodi.")
    assert ("Klodi", "Bigz") in links(doc, "PAID")


def test_collecting_people_from_someone_is_no_payment(nlp: Language) -> None:
    doc = nlp("Gabriel DUMITRU collected the girls from Klodiana MARKU.")
    assert not links(doc, "PAID")


def test_victims_travelling_with_a_man_are_transported_by_him(nlp: Language) -> None:
    doc = nlp("Officers spoke to two Nigerian girls aged 15 and 16 at Heathrow. The girls "
              "were travelling with Osaro IGBINEDION (39), who said he was their uncle.")
    transported = links(doc, "TRANSPORTED")
    assert [source for source, _ in transported] == ["Osaro IGBINEDION"]


def test_offenders_travelling_together_transport_nobody(nlp: Language) -> None:
    doc = nlp("Ardit KOLA travelled to Calais with Besnik DOKA.")
    assert not links(doc, "TRANSPORTED")


def test_giving_victims_lifts_transports_them(nlp: Language) -> None:
    doc = nlp("Jordan WHYTE gave two boys (both 14) lifts in a grey Audi. They were "
              "reported missing.")
    assert [source for source, _ in links(doc, "TRANSPORTED")] == ["Jordan WHYTE"]
    assert not links(nlp("Jordan WHYTE gave Ardit KOLA the keys."), "TRANSPORTED")


def test_a_group_of_two_nationalities_is_one_victim_group(nlp: Language) -> None:
    doc = nlp("Fenwold Farm Ltd employs about forty Lithuanian and Latvian workers.")
    groups = [e.text for e in doc.ents if e.label_ == "VictimGroup"]
    assert groups == ["about forty Lithuanian and Latvian workers"]
    assert ("about forty Lithuanian and Latvian workers", "Fenwold Farm Ltd") in links(
        doc, "EMPLOYED_BY")


def test_two_groups_joined_by_and_stay_two_groups(nlp: Language) -> None:
    doc = nlp("Investigators identified at least eleven women and nine men recruited online.")
    groups = [e.text for e in doc.ents if e.label_ == "VictimGroup"]
    assert groups == ["at least eleven women", "nine men"]


def test_a_call_between_two_phones_links_their_users(nlp: Language) -> None:
    doc = nlp("ZHENG Li uses 07700 900905. CHEN Mei uses 07700 900906. ZHENG's mobile "
              "07700 900905 called 07700 900906 140 times in June 2024.")
    relation = links(doc, "ASSOCIATE_OF")[("ZHENG Li", "CHEN Mei")]
    assert relation.attributes.get("basis") == "inferred"


def test_saved_contacts_link_to_the_handsets_user_not_to_one_another(nlp: Language) -> None:
    doc = nlp("HOXHA, Dritan (52) was arrested. HOXHA's phone (07700 900299) has these saved "
              "contacts: \"Bigz\" 07700 900123 \"Mama G\" 07700 900871.")
    pairs = {frozenset(pair) for pair in links(doc, "ASSOCIATE_OF")}
    assert {frozenset({"HOXHA", "Bigz"}), frozenset({"HOXHA", "Mama G"})} <= pairs
    assert frozenset({"Bigz", "Mama G"}) not in pairs


def test_two_phones_in_a_sentence_about_something_else_link_nobody(nlp: Language) -> None:
    doc = nlp("ZHENG Li uses 07700 900905. CHEN Mei uses 07700 900906. Both 07700 900905 and "
              "07700 900906 were registered in Manchester.")
    assert not links(doc, "ASSOCIATE_OF")


def test_a_log_fragment_says_who_the_entrys_nominal_associates_with(nlp: Language) -> None:
    doc = nlp("MPS intelligence entry. WHYTE, Jordan (19), seen outside a school in "
              "Tottenham talking to boys. Known associate of CAMPBELL (\"Ace\").")
    associates = {frozenset(pair) for pair in links(doc, "ASSOCIATE_OF")}
    assert associates == {frozenset({"WHYTE, Jordan", "CAMPBELL"})}


def test_made_to_work_by_someone_is_exploitation_by_them(nlp: Language) -> None:
    doc = nlp("Three Albanian women aged 19 to 23 were recovered in Leeds. The women were "
              "made to work as prostitutes by Klodiana MARKU.")
    assert ("Klodiana MARKU", "The women") in links(doc, "EXPLOITED")


def test_put_to_work_is_exploitation_not_transport(nlp: Language) -> None:
    doc = nlp("Six Romanian men were recovered in Bolton. Ion POPESCU put the men to work at "
              "a car wash for twelve hours a day.")
    assert ("Ion POPESCU", "the men") in links(doc, "EXPLOITED")
    assert not links(doc, "TRANSPORTED")


def test_made_someone_do_something_with_a_bare_infinitive(nlp: Language) -> None:
    doc = nlp("A boy called Minh, 16, was recovered from a cannabis farm. PHAM Duc Anh made "
              "Minh tend the plants.")
    assert ("PHAM Duc Anh", "Minh") in links(doc, "EXPLOITED")


def test_whom_a_victim_works_for_exploits_her_when_a_purpose_is_named(nlp: Language) -> None:
    text = ("Potential victim: Siti R., female, aged 31. She was referred{}. Siti worked for "
            "Mrs Farah QURESHI as a maid.")
    exploited = links(nlp(text.format(" for domestic servitude")), "EXPLOITED")
    assert exploited[("Mrs Farah QURESHI", "Siti")].attributes.get("basis") == "inferred"
    assert not links(nlp(text.format(" by her GP")), "EXPLOITED")


def test_a_by_phrase_hung_below_a_passive_verb_is_its_agent(nlp: Language) -> None:
    doc = nlp("Three Albanian women were lured to the UK with promises of work by Besnik DOKA.")
    assert ("Besnik DOKA", "Three Albanian women") in links(doc, "RECRUITED")


def test_the_driver_of_the_lorry_transports_the_people_in_it(nlp: Language) -> None:
    doc = nlp("Three Albanian women were smuggled into the UK in the back of a lorry driven "
              "by Besnik DOKA.")
    assert ("Besnik DOKA", "Three Albanian women") in links(doc, "TRANSPORTED")


def test_a_by_phrase_in_another_clause_is_not_the_agent(nlp: Language) -> None:
    doc = nlp("Three Albanian women were housed in a flat described by Besnik DOKA as clean.")
    assert not links(doc, "HARBOURED")


def test_five_others_beside_a_victim_are_a_group(nlp: Language) -> None:
    doc = nlp("Potential victim: Minh, male, aged 16. A man called Vinh drove Minh and five "
              "others from Berlin to Dunkirk.")
    assert {("Vinh", "Minh"), ("Vinh", "five others")} <= set(links(doc, "TRANSPORTED"))
    assert not [e for e in nlp("Five others declined to speak.").ents
                if e.label_ == "VictimGroup"]


def test_a_vehicle_that_dropped_people_moved_them_for_its_keeper(nlp: Language) -> None:
    doc = nlp("Silver Vauxhall Astra LV68 TUW (keeper OKUNDAYE, Efosa) dropped two young "
              "Black females at 2120 hrs and left.")
    relation = links(doc, "TRANSPORTED")[("OKUNDAYE, Efosa", "two young Black females")]
    assert relation.attributes.get("basis") == "inferred"


THREAT = ("Potential victim: LIN Guoqiang, male, aged 41. He worked at the Jade Garden "
          "takeaway for WONG Kin. ")


def test_telling_a_victim_what_will_happen_to_him_is_control_by_threats(
        nlp: Language) -> None:
    doc = nlp(THREAT + "Wong said that if he went to the police he would be deported.")
    relation = links(doc, "CONTROLS")[("Wong", "LIN Guoqiang")]
    assert dict(relation.attributes).get("means") == ["threats"]


def test_telling_a_victim_what_he_owes_is_debt_bondage(nlp: Language) -> None:
    doc = nlp(THREAT + "Wong told him he owed £15,000 for the journey.")
    relation = links(doc, "CONTROLS")[("Wong", "LIN Guoqiang")]
    assert dict(relation.attributes).get("means") == ["debt_bondage"]


def test_telling_a_victim_something_harmless_is_no_control(nlp: Language) -> None:
    doc = nlp(THREAT + "Wong told him the kitchen opened at noon.")
    assert not links(doc, "CONTROLS")


def test_running_a_county_line_is_leading_a_criminal_group(nlp: Language) -> None:
    doc = nlp("CROWN, Marcus (24), aka \"Blade\", runs the \"Stack\" county line from Brixton "
              "into Eastbourne.")
    assert [e.text for e in doc.ents if e.label_ == "Organisation"] == ['"Stack" county line']
    relation = links(doc, "MEMBER_OF")[("CROWN, Marcus", '"Stack" county line')]
    assert relation.attributes == {"role": "leader"}


def test_a_number_given_to_a_victim_is_the_givers(nlp: Language) -> None:
    doc = nlp("Potential victim: M.D., female, aged 22. Loredana VASILE gave M.D. a UK number "
              "to message on arrival, 07700 900612.")
    users = {source for source, target in links(doc, "USES") if target == "07700 900612"}
    assert users == {"Loredana VASILE"}


def test_a_victim_given_a_number_in_the_passive_does_not_use_it(nlp: Language) -> None:
    doc = nlp("Potential victim: Minh, male, aged 16. Minh was given a phone number to call "
              "only if there is a fire: 07700 900239.")
    assert not {source for source, target in links(doc, "USES") if "900239" in target}


def test_an_address_given_as_someones_is_where_they_live(nlp: Language) -> None:
    doc = nlp("Driver POPESCU, Ion (31), Romanian, gave his phone as 07700 900533 and address "
              "7 Ferncliffe Row, Bradford.")
    assert ("POPESCU, Ion", "7 Ferncliffe Row, Bradford") in links(doc, "LIVES_AT")


def test_a_business_address_is_no_home(nlp: Language) -> None:
    doc = nlp("Ion POPESCU gave the business address 7 Ferncliffe Row, Bradford.")
    assert not links(doc, "LIVES_AT")


def test_a_shop_owned_by_someone_is_the_business_not_its_street(nlp: Language) -> None:
    doc = nlp("Warrant executed at Prime Print & Copy, 140 Elderfield Parade, Harrow, a shop "
              "owned by HOXHA, Dritan (52).")
    assert set(links(doc, "OWNS")) == {("HOXHA, Dritan", "Prime Print & Copy")}


def test_a_business_on_a_street_is_located_there(nlp: Language) -> None:
    doc = nlp("He slept in the store behind the Jade Garden takeaway on Lorrimer Lane, Wigan.")
    located = {(s.replace(" takeaway", ""), t) for s, t in links(doc, "LOCATED_AT")}
    assert ("Jade Garden", "Lorrimer Lane, Wigan") in located


SENTENCING = ("Marcus CROWN, you have pleaded guilty to arranging the travel of two children "
              "with a view to their exploitation. You ran the \"Stack\" line. You and your "
              "cousin Dwayne MILLS transported the two children to Eastbourne. MILLS "
              "supervised the boys and collected the money from them each evening.")


def test_you_in_sentencing_remarks_is_the_defendant_addressed(nlp: Language) -> None:
    doc = nlp(SENTENCING)
    assert {source for source, _ in links(doc, "TRANSPORTED")} == {"Marcus CROWN",
                                                                   "Dwayne MILLS"}
    assert set(links(doc, "MEMBER_OF")) == {("Marcus CROWN", '"Stack" line')}


def test_you_with_nobody_addressed_is_nobody(nlp: Language) -> None:
    doc = nlp("Ardit KOLA runs Rose Nails Ltd. You said he paid you.")
    assert not links(doc, "PAID")


def test_collecting_money_from_victims_is_financial_control_not_payment(
        nlp: Language) -> None:
    doc = nlp(SENTENCING)
    assert not links(doc, "PAID")
    assert [source for source, _ in links(doc, "CONTROLS")] == ["MILLS"]


@pytest.mark.parametrize("text", [
    "POPESCU, Ion (31) gave his employer as Northline Staffing Ltd.",
    "Ion POPESCU drove the van. His employer, Northline Staffing Ltd, supplies farms.",
    "Ion POPESCU works as a driver for Northline Staffing Ltd.",
])
def test_ways_a_report_says_who_employs_someone(nlp: Language, text: str) -> None:
    employed = {(s, t.rstrip(".")) for s, t in links(nlp(text), "EMPLOYED_BY")}
    assert len(employed) == 1
    assert next(iter(employed))[1] == "Northline Staffing Ltd"


def test_people_found_working_somewhere_work_there(nlp: Language) -> None:
    doc = nlp("Twelve Romanian men were found working at Fenwold Farm Ltd near Boston.")
    assert ("Twelve Romanian men", "Fenwold Farm Ltd") in links(doc, "EMPLOYED_BY")


def test_laundering_money_through_a_business_pays_it(nlp: Language) -> None:
    doc = nlp("Ardit KOLA laundered the cash through Swiftline Money Transfer Ltd.")
    assert [s for s, _ in links(doc, "PAID")] == ["Ardit KOLA"]


def test_the_group_stands_for_the_one_criminal_group_named(nlp: Language) -> None:
    doc = nlp("Police are investigating the KOLA network in Ilford. Gjon BEQIRI leads the "
              "network. The network moved three women from Tirana to London.")
    assert ("Gjon BEQIRI", "KOLA network") in links(doc, "MEMBER_OF")
    assert ("KOLA network", "three women") in links(doc, "TRANSPORTED")


def test_the_group_means_nothing_when_two_groups_are_named(nlp: Language) -> None:
    doc = nlp("The KOLA network and the OSAGIE group both work in Ilford. Gjon BEQIRI leads "
              "the group.")
    assert not links(doc, "MEMBER_OF")


@pytest.mark.parametrize(("text", "worker", "business"), [
    ("Lina ZHOU was a cleaner at the Royal Oak Hotel.", "Lina ZHOU", "Royal Oak Hotel"),
    ("Three women were found working in the kitchen of the Golden Dragon Takeaway.",
     "Three women", "Golden Dragon Takeaway"),
])
def test_where_someone_works_is_their_employer(nlp: Language, text: str, worker: str,
                                               business: str) -> None:
    assert (worker, business) in links(nlp(text), "EMPLOYED_BY")


def test_employees_of_a_company_are_not_part_of_its_name(nlp: Language) -> None:
    doc = nlp("Employees of Quick Clean Ltd said their wages went to Marius DUMITRU.")
    assert [e.text for e in doc.ents if e.label_ == "Business"] == ["Quick Clean Ltd"]


def test_a_downloaded_handset_links_its_user_to_the_numbers_it_called(nlp: Language) -> None:
    doc = nlp('Ardit KOLA was arrested at Dover. His phone used the SIM 07700 900561. '
              'The handset shows 40 calls with 07700 900123 (saved as "Bigz") and 12 with '
              '07700 900124 (saved as "Roni").')
    associates = links(doc, "ASSOCIATE_OF")
    assert {("Ardit KOLA", "Bigz"), ("Ardit KOLA", "Roni")} <= set(associates)
    assert all(r.attributes.get("basis") == "inferred" for r in associates.values())
    assert ("Bigz", "Roni") not in associates


def test_a_handset_with_no_known_user_links_nobody(nlp: Language) -> None:
    doc = nlp('A phone was found in the lorry. The handset shows 40 calls with 07700 900123 '
              '(saved as "Bigz") and 12 with 07700 900124 (saved as "Roni").')
    assert not links(doc, "ASSOCIATE_OF")


NARRATIVE = ("**Potential victim:** A.B., female, Romanian national, aged 22.\n\n"
             "A.B. flew to Luton with two other women in May 2024. Marius DUMITRU collected "
             "them at the airport and drove them to a house in Slough.")


def test_them_in_a_victims_own_story_includes_her(nlp: Language) -> None:
    transported = links(nlp(NARRATIVE), "TRANSPORTED")
    assert ("Marius DUMITRU", "A.B.") in transported


def test_them_in_a_log_about_an_offender_is_no_victim(nlp: Language) -> None:
    doc = nlp("Subject: DUMITRU, Marius - driver\n\nDUMITRU met KOLA and DEDA in Slough. "
              "He drove them to Luton.")
    assert not [target for _, target in links(doc, "TRANSPORTED") if "DUMITRU" in target]


def test_the_owner_harbours_a_victim_who_sleeps_on_his_premises(nlp: Language) -> None:
    doc = nlp("**Potential victim:** Mr TRAN Van Minh, male, Vietnamese, 19.\n\n"
              "Mr Tran slept on the floor of the kitchen behind the Lucky Star takeaway. "
              "The owner of the Lucky Star takeaway is Kevin CHAN.")
    harboured = links(doc, "HARBOURED")
    assert ("Kevin CHAN", "Mr TRAN Van Minh") in harboured or ("Kevin CHAN", "Mr Tran") in harboured
    assert all(r.attributes.get("basis") == "inferred" for r in harboured.values())


def test_an_owner_harbours_nobody_who_only_visits(nlp: Language) -> None:
    doc = nlp("**Potential victim:** Mr TRAN Van Minh, male, Vietnamese, 19.\n\n"
              "Mr Tran ate at the Lucky Star takeaway once. "
              "The owner of the Lucky Star takeaway is Kevin CHAN.")
    assert not links(doc, "HARBOURED")


def test_a_labour_provider_exploits_the_victims_it_supplies(nlp: Language) -> None:
    doc = nlp("Six Lithuanian men were supplied as pickers by Fenland Agri Services Ltd in "
              "May. They work 14-hour days and their wages go to the agency to repay a debt.")
    exploited = links(doc, "EXPLOITED")
    assert ("Fenland Agri Services Ltd", "Six Lithuanian men") in exploited
    assert exploited["Fenland Agri Services Ltd", "Six Lithuanian men"].attributes.get(
        "basis") == "inferred"


def test_the_site_that_uses_the_labour_is_no_provider(nlp: Language) -> None:
    doc = nlp("Six Lithuanian men were supplied by Fenland Agri Services Ltd to Hilltop Farm "
              "Ltd in May. They work 14-hour days and their wages go to the agency to repay a "
              "debt.")
    assert ("Hilltop Farm Ltd", "Six Lithuanian men") not in links(doc, "EXPLOITED")


VICTIM = ("**Potential victim:** Ana BALAN, female, Romanian national, aged 22.\n\n"
          "Ana BALAN grew up in Constanta. ")


def test_telling_a_victim_of_work_to_be_had_is_recruiting_her(nlp: Language) -> None:
    doc = nlp(VICTIM + "In 2023 Marius DUMITRU told her his friend had a hotel in London "
              "where she could earn £1,500 a month.")
    recruited = links(doc, "RECRUITED")
    assert ("Marius DUMITRU", "Ana BALAN") in recruited
    assert "deception" in recruited["Marius DUMITRU", "Ana BALAN"].attributes.get("means", [])


@pytest.mark.parametrize("told", [
    "she owed £5,000 and would have to work it off",
    "the hotel job did not exist and she would work in a flat",
])
def test_a_debt_or_a_broken_promise_is_no_recruitment(nlp: Language, told: str) -> None:
    doc = nlp(VICTIM + f"In Luton Marius DUMITRU told her {told}.")
    assert ("Marius DUMITRU", "Ana BALAN") not in links(doc, "RECRUITED")


@pytest.mark.parametrize("paid", [
    "Marius DUMITRU paid for a flight from Bucharest to Luton.",
    "Marius DUMITRU bought her a coach ticket to London.",
    "Marius DUMITRU booked her flight to Luton.",
])
def test_paying_for_a_victims_travel_transports_her(nlp: Language, paid: str) -> None:
    assert ("Marius DUMITRU", "Ana BALAN") in links(nlp(VICTIM + paid), "TRANSPORTED")


def test_paying_for_ones_own_flight_transports_nobody(nlp: Language) -> None:
    doc = nlp("Marius DUMITRU paid for his own flight to Luton and met Ardit KOLA there.")
    assert not links(doc, "TRANSPORTED")


def test_a_number_someone_gives_as_theirs_is_theirs(nlp: Language) -> None:
    doc = nlp("Osaro IGBINEDION was stopped at Heathrow. He gave a UK mobile, 07700 900872.")
    assert ("Osaro IGBINEDION", "07700 900872") in links(doc, "USES")


def test_the_advert_number_a_victim_gives_is_not_hers(nlp: Language) -> None:
    doc = nlp(VICTIM + "She gave the advert number, 07700 900318, to the officer.")
    assert ("Ana BALAN", "07700 900318") not in links(doc, "USES")


STOPPED_VAN = ("Patrol stopped white Mercedes Sprinter YG65 WLN on the farm lane at 0540 hrs.\n"
               "Driver POPESCU, Ion (31), Romanian, gave his phone as 07700 900533. There were "
               "nine passengers (six Polish, three Romanian men) going to the fields.")


def test_the_driver_of_a_stopped_van_transports_its_passengers(nlp: Language) -> None:
    relation = links(nlp(STOPPED_VAN), "TRANSPORTED")[("POPESCU, Ion", "nine passengers")]
    assert relation.attributes.get("basis") == "inferred"


def test_a_breakdown_in_brackets_is_no_group_of_its_own(nlp: Language) -> None:
    groups = [e.text for e in nlp(STOPPED_VAN).ents if e.label_ == "VictimGroup"]
    assert groups == ["nine passengers"]
