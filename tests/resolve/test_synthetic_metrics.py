"""Scoring a clustering against the truth, and records built from a generated world."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ocgmap.errors import ConfigError
from ocgmap.resolve.metrics import accept_all, bcubed, merged_pairs, pairwise
from ocgmap.resolve.synthetic import Synthetic, load
from ocgmap.synth.run import SynthParams, generate

# Seven records of three people: Ardit KOLA (k1-k4), Loredana VASILE (v1-v2), Ion POPA (p1).
TRUTH = {"k1": "KOLA", "k2": "KOLA", "k3": "KOLA", "k4": "KOLA",
         "v1": "VASILE", "v2": "VASILE", "p1": "POPA"}


def test_perfect_clustering_scores_one() -> None:
    clusters = {r: e for r, e in TRUTH.items()}
    assert pairwise(clusters, TRUTH).f1 == 1.0
    assert bcubed(clusters, TRUTH).f1 == 1.0


def test_all_singletons_have_full_precision_and_no_pairwise_recall() -> None:
    singletons = {r: r for r in TRUTH}
    scores = pairwise(singletons, TRUTH)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 0.0, 0.0)
    # B-cubed recall: KOLA records 1/4 each, VASILE 1/2, POPA 1 -> (4/4 + 2/2 + 1) / 7
    assert bcubed(singletons, TRUTH).recall == pytest.approx(3 / 7)


def test_one_split_and_one_wrong_merge_by_hand() -> None:
    # KOLA split {k1,k2,k3} + {k4}; k4 wrongly merged with VASILE's {v1,v2}; POPA alone.
    clusters = {"k1": "A", "k2": "A", "k3": "A", "k4": "B", "v1": "B", "v2": "B", "p1": "C"}
    scores = pairwise(clusters, TRUTH)
    # pairs together: A 3, B 3 -> 6; of those one entity: A 3, B (v1,v2) 1 -> 4
    # true pairs: KOLA 6, VASILE 1 -> 7
    assert scores.precision == pytest.approx(4 / 6)
    assert scores.recall == pytest.approx(4 / 7)
    assert scores.f1 == pytest.approx(2 * (4 / 6) * (4 / 7) / (4 / 6 + 4 / 7))
    b3 = bcubed(clusters, TRUTH)
    # precision per record: k1-k3 1, k4 1/3, v1-v2 2/3, p1 1 -> (3 + 1/3 + 4/3 + 1) / 7
    assert b3.precision == pytest.approx((3 + 1 / 3 + 4 / 3 + 1) / 7)
    # recall per record: k1-k3 3/4, k4 1/4, v1-v2 1, p1 1 -> (9/4 + 1/4 + 2 + 1) / 7
    assert b3.recall == pytest.approx((9 / 4 + 1 / 4 + 2 + 1) / 7)


def test_records_missing_from_the_clustering_count_as_singletons() -> None:
    clusters = {"k1": "A", "k2": "A"}
    assert pairwise(clusters, TRUTH).recall == pytest.approx(1 / 7)
    assert pairwise(clusters, TRUTH).precision == 1.0


def test_merged_namesakes_are_found_only_when_one_cluster_holds_both() -> None:
    truth = {"a1": "KOLA-1", "a2": "KOLA-2", "b1": "VASILE"}
    pairs = [("KOLA-1", "KOLA-2")]
    assert merged_pairs({"a1": "a1", "a2": "a2", "b1": "b1"}, truth, pairs) == []
    assert merged_pairs({"a1": "a1", "a2": "a1", "b1": "b1"}, truth, pairs) == pairs


def test_accepting_suggestions_joins_clusters_transitively() -> None:
    clusters = {"k1": "k1", "k2": "k1", "k3": "k3", "k4": "k4", "v1": "v1"}
    joined = accept_all(clusters, [("k1", "k3"), ("k3", "k4")])
    assert len({joined[r] for r in ("k1", "k2", "k3", "k4")}) == 1
    assert joined["v1"] != joined["k1"]
    assert pairwise(joined, {r: TRUTH[r] for r in clusters}).f1 == 1.0


# -- records from a generated world -------------------------------------------------------

@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    generate(out, SynthParams(groups=2, seed=11, reports=30))
    return out


@pytest.fixture(scope="module")
def data(world: Path) -> Synthetic:
    return load(world)


def _entities(world: Path) -> dict[str, dict[str, object]]:
    lines = (world / "truth" / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["id"]: e for e in map(json.loads, lines)}


def test_every_record_belongs_to_a_real_named_entity(world: Path, data: Synthetic) -> None:
    entities = _entities(world)
    assert data.records, "a 30-report world names people"
    assert set(data.truth) == {r.id for r in data.records}
    assert len(data.truth) == len(data.records)  # ids are unique
    for record in data.records:
        entity = entities[data.truth[record.id]]
        assert entity["type"] == record.type
        variants = entity["variants"]
        assert isinstance(variants, list)
        assert record.name in variants  # the name is one the report wrote for this entity
        assert (world / record.report).is_file()


def test_one_record_per_entity_per_report(data: Synthetic) -> None:
    seen = [(r.report, data.truth[r.id]) for r in data.records]
    assert len(seen) == len(set(seen))
    assert [r.seq for r in data.records] == sorted(r.seq for r in data.records)


def test_namesakes_are_the_planted_pairs(world: Path, data: Synthetic) -> None:
    planted = json.loads((world / "truth" / "groups.json").read_text(encoding="utf-8"))
    assert data.namesakes == [tuple(p) for p in planted["namesakes"]]
    entities = _entities(world)
    for a, b in data.namesakes:
        assert entities[a]["name"] == entities[b]["name"] and a != b


def test_no_truth_id_in_any_compared_field(world: Path, data: Synthetic) -> None:
    ids = set(_entities(world))
    pattern = re.compile("|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)))
    for record in data.records:
        compared = [record.id, record.name, *record.aliases, *record.identifiers,
                    *record.addresses, *record.businesses, *record.context,
                    record.nationality or ""]
        for value in compared:
            assert not pattern.search(value), (record.id, value)


def test_evidence_is_what_the_report_states(world: Path, data: Synthetic) -> None:
    people = [r for r in data.records if r.type == "Person"]
    assert any(r.identifiers for r in people)
    assert any(r.birth_year for r in people)
    entities = _entities(world)
    for record in people:
        if record.birth_year is not None:
            attributes = entities[data.truth[record.id]]["attributes"]
            assert isinstance(attributes, dict)
            born = int(str(attributes["dob"])[:4])
            assert abs(record.birth_year - born) <= 1  # an age is a year off before a birthday
        for phone in (i for i in record.identifiers if i.startswith("+")):
            assert re.fullmatch(r"\+44\d{10}", phone)  # normalised as ingest normalises


def test_not_a_synth_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not an ocgmap synth output"):
        load(tmp_path)


def test_agencies_join_the_context_only_when_asked(world: Path, data: Synthetic) -> None:
    agencies = set()
    for entity in _entities(world).values():
        attributes = entity["attributes"]
        assert isinstance(attributes, dict)
        if entity["type"] == "Organisation" and attributes["kind"] != "ocg":
            agencies.add(str(entity["name"]).lower())
    assert not any(r.context & agencies for r in data.records)
    with_agencies = load(world, agencies=True)
    assert any(r.context & agencies for r in with_agencies.records)
    assert with_agencies.truth == data.truth
