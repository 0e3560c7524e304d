"""Resolution rules: what merges automatically, what is only suggested, what never is."""

from __future__ import annotations

from ocgmap.resolve.cluster import resolve
from ocgmap.resolve.names import compatible, person_key
from ocgmap.resolve.records import Judgement, Record

PHONE = frozenset({"+447700900123"})


def person(rid: str, name: str, **facts: object) -> Record:
    return Record(rid, "Person", f"report-{rid}", name, **facts)  # type: ignore[arg-type]


def together(records: list[Record], *judgements: Judgement) -> set[frozenset[str]]:
    """Answer the clusters (as sets of record ids) of more than one record."""
    members = resolve(records, judgements).members()
    return {frozenset(m) for m in members.values() if len(m) > 1}


def suggested(records: list[Record], *judgements: Judgement) -> set[frozenset[str]]:
    return {frozenset((s.a, s.b)) for s in resolve(records, judgements).suggestions}


def judged(kind: str, *records: str, seq: int) -> Judgement:
    return Judgement(kind, records, "analyst", "2026-11-23T10:00:00", "test", seq)  # type: ignore[arg-type]


def test_name_forms_police_write_share_one_key() -> None:
    forms = ["Ardit KOLA", "KOLA, Ardit", "Mr Ardit Kola", "Ardít Kola", "ardit  kola"]
    assert {person_key(f).full for f in forms} == {"ardit kola"}
    assert person_key("Nguyen Van Hung").full == person_key("NGUYEN Van Hung").full
    assert person_key("A. KOLA").full == "" and compatible(person_key("A. KOLA"),
                                                           person_key("Ardit Kola"))


def test_same_name_and_shared_phone_merge_automatically_across_name_forms() -> None:
    records = [person("1", "Ardit KOLA", identifiers=PHONE),
               person("2", "KOLA, Ardit", identifiers=PHONE),
               person("3", "Mr Ardit Kola", addresses=frozenset({"12 hagley road"})),
               person("4", "Ardit Kola", addresses=frozenset({"12 hagley road"}),
                      identifiers=PHONE)]
    assert together(records) == {frozenset({"1", "2", "3", "4"})}


def test_a_common_name_alone_never_merges() -> None:
    records = [person("1", "Mohammed Ali"), person("2", "Mohammed Ali"),
               person("3", "Mohammed Ali", identifiers=PHONE)]
    assert together(records) == set()
    assert frozenset({"1", "2"}) in suggested(records)


def test_namesakes_with_different_ages_are_neither_merged_nor_suggested() -> None:
    records = [person("1", "Mohammed Ali", birth_year=1980, identifiers=PHONE),
               person("2", "Mohammed Ali", birth_year=1999, identifiers=PHONE)]
    assert together(records) == set()
    assert suggested(records) == set()


def test_a_chain_of_shared_items_cannot_join_contradicting_people() -> None:
    records = [person("1", "Ardit Kola", birth_year=1990, identifiers=PHONE),
               person("2", "Ardit Kola", identifiers=PHONE,
                      addresses=frozenset({"1 high street"})),
               person("3", "Ardit Kola", birth_year=1970, addresses=frozenset({"1 high street"}))]
    clusters = together(records)
    assert not any({"1", "3"} <= c for c in clusters)


def test_a_stated_alias_joins_records_named_by_it() -> None:
    records = [person("1", "Ardit KOLA", aliases=("Bigz",)), person("2", "Bigz"),
               person("3", "Loredana VASILE")]
    assert together(records) == {frozenset({"1", "2"})}


def test_an_alias_claimed_by_two_people_is_only_suggested() -> None:
    records = [person("1", "Ardit KOLA", aliases=("Bigz",)),
               person("2", "Besnik HOXHA", aliases=("Bigz",)), person("3", "Bigz")]
    assert together(records) == set()


def test_typos_and_short_forms_are_suggested_with_reasons() -> None:
    context = frozenset({"loredana vasile", "lucky nails"})
    records = [person("1", "Ardit KOLA", context=context),
               person("2", "Ardit KOLLA", context=context, identifiers=PHONE),
               person("3", "A. KOLA", context=context)]
    found = resolve(records).suggestions
    pairs = {frozenset((s.a, s.b)): s for s in found}
    assert frozenset({"1", "2"}) in pairs and frozenset({"1", "3"}) in pairs
    assert any("alike" in r for r in pairs[frozenset({"1", "2"})].reasons)
    assert together(records) == set()


def test_analyst_merge_reject_and_the_latest_judgement_wins() -> None:
    records = [person("1", "Ardit Kola"), person("2", "Ardit Kola"), person("3", "A. Kola")]
    merged = judged("merge", "1", "2", seq=1)
    assert together(records, merged) == {frozenset({"1", "2"})}
    rejected = judged("reject", "1", "2", seq=2)
    assert together(records, merged, rejected) == set()
    assert frozenset({"1", "2"}) not in suggested(records, merged, rejected)
    again = judged("merge", "2", "1", seq=3)
    assert together(records, merged, rejected, again) == {frozenset({"1", "2"})}


def test_a_rejection_also_stops_automatic_merges() -> None:
    records = [person("1", "Ardit Kola", identifiers=PHONE),
               person("2", "Ardit Kola", identifiers=PHONE)]
    assert together(records) == {frozenset({"1", "2"})}
    assert together(records, judged("reject", "1", "2", seq=1)) == set()


def test_split_undoes_automatic_merges_and_a_later_merge_restores_one() -> None:
    records = [person(str(i), "Ardit Kola", identifiers=PHONE) for i in range(1, 4)]
    split = judged("split", "1", "2", "3", seq=1)
    assert together(records, split) == set()
    assert together(records, split, judged("merge", "1", "3", seq=2)) == {frozenset({"1", "3"})}


def test_judgements_naming_missing_records_are_ignored_by_resolution() -> None:
    records = [person("1", "Ardit Kola"), person("2", "Ardit Kola")]
    assert together(records, judged("merge", "1", "gone", seq=1)) == set()


def test_businesses_merge_on_name_and_address_not_name_alone() -> None:
    def business(rid: str, name: str, where: str = "") -> Record:
        return Record(rid, "Business", f"r{rid}", name,
                      addresses=frozenset({where}) if where else frozenset())
    records = [business("1", "Lucky Nails Ltd", "birmingham"),
               business("2", "LUCKY NAILS LIMITED", "birmingham"),
               business("3", "Lucky Nails", "leeds"), business("4", "Lucky Nails")]
    assert together(records) == {frozenset({"1", "2"})}


def test_namesakes_among_different_people_are_not_suggested_unless_officials() -> None:
    north = frozenset({"besnik hoxha", "dritan leka", "lucky nails", "erion kola"})
    south = frozenset({"ye qiang", "chen mei", "golden dragon takeaway", "li wei"})

    def pair(official: bool) -> list[Record]:
        return [person("n1", "Li Jun", context=north, official=official),
                person("n2", "Li Jun", context=north, official=official),
                person("s1", "Li Jun", context=south, official=official),
                person("s2", "Li Jun", context=south, official=official)]

    kept = suggested(pair(official=False))
    assert {frozenset({"n1", "n2"}), frozenset({"s1", "s2"})} <= kept
    assert not any(p & {"n1", "n2"} and p & {"s1", "s2"} for p in kept)
    # an officer writes about many groups: the same name among different people is kept
    assert any(p & {"n1", "n2"} and p & {"s1", "s2"} for p in suggested(pair(official=True)))
