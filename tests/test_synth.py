"""`ocgmap synth`: a seeded synthetic world, its reports and its ground truth."""

from __future__ import annotations

import email
import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from email import policy
from pathlib import Path
from typing import Any

import click
import phonenumbers
import pytest
import yaml
from click.testing import CliRunner

from ocgmap.cli.synth import synth
from ocgmap.synth.idents import DRAMA_E164
from ocgmap.synth.render import Renderer
from ocgmap.synth.run import SynthParams, generate
from ocgmap.synth.world import WorldParams, build_world

GRADING = re.compile(r"\b[A-E][1-3][PC]\b")
SMALL = SynthParams(groups=3, seed=11, reports=60)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small")
    generate(out, SMALL)
    return out


@pytest.fixture(scope="module")
def truth(small: Path) -> dict[str, Any]:
    folder = small / "truth"
    return {"entities": {e["id"]: e for e in load_jsonl(folder / "entities.jsonl")},
            "relations": load_jsonl(folder / "relations.jsonl"),
            "mentions": load_jsonl(folder / "mentions.jsonl"),
            "groups": json.loads((folder / "groups.json").read_text(encoding="utf-8"))}


def test_same_seed_same_bytes(small: Path, tmp_path: Path) -> None:
    generate(tmp_path, SMALL)
    assert tree_bytes(tmp_path) == tree_bytes(small)


def test_same_bytes_across_processes(small: Path, tmp_path: Path) -> None:
    """String hashing differs between processes; the output must not depend on it."""
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        code = ("from pathlib import Path; from ocgmap.synth.run import SynthParams, generate; "
                f"generate(Path({str(out)!r}), SynthParams(groups=3, seed=11, reports=60))")
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        assert tree_bytes(out) == tree_bytes(small)


def test_different_seed_different_world(small: Path, tmp_path: Path) -> None:
    generate(tmp_path, SynthParams(groups=3, seed=12, reports=60))
    other = tree_bytes(tmp_path)
    mine = tree_bytes(small)
    assert other["truth/entities.jsonl"] != mine["truth/entities.jsonl"]
    assert sum(other.get(name) != data for name, data in mine.items()) > 50


def test_world_is_pure_and_deterministic() -> None:
    random.seed(5)
    state = random.getstate()
    first = build_world(WorldParams(4, 99))
    assert random.getstate() == state, "the global random generator was used"
    again = build_world(WorldParams(4, 99))
    assert [p.name for p in first.people.values()] == [p.name for p in again.people.values()]
    assert [(r.type, r.source, r.target) for r in first.relations] == \
        [(r.type, r.source, r.target) for r in again.relations]


def test_more_reports_leave_the_first_ones_unchanged() -> None:
    world = build_world(WorldParams(3, 4))
    few, many = Renderer(world, 4, 10), Renderer(world, 4, 500)
    assert [few.render(i).data for i in range(10)] == [many.render(i).data for i in range(10)]


def test_layout(small: Path) -> None:
    assert sorted(p.name for p in (small / "truth").iterdir()) == [
        "README.md", "entities.jsonl", "groups.json", "mentions.jsonl", "relations.jsonl"]
    reports = sorted(p for p in (small / "reports").rglob("*") if p.is_file())
    assert len(reports) == 60
    assert {p.suffix for p in reports} == {".txt", ".md", ".eml"}
    readme = (small / "truth" / "README.md").read_text(encoding="utf-8")
    assert "`seed`: 11" in readme and "mentions.jsonl" in readme


def test_every_relation_endpoint_exists(truth: dict[str, Any]) -> None:
    entities = truth["entities"]
    for relation in truth["relations"]:
        assert relation["source"] in entities, relation
        assert relation["target"] in entities, relation


def test_every_mention_slice_is_its_surface(small: Path, truth: dict[str, Any]) -> None:
    entities = truth["entities"]
    relations = {r["id"]: r for r in truth["relations"]}
    assert len(truth["mentions"]) == 60
    for line in truth["mentions"]:
        text = (small / line["report"]).read_bytes().decode("utf-8")
        ids = set()
        for m in line["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (line["report"], m)
            assert m["id"] in entities
            assert m["text"] in entities[m["id"]]["variants"]
            ids.add(m["id"])
        for rel_id in line["relations"]:
            relation = relations[rel_id]
            assert {relation["source"], relation["target"]} <= ids, (line["report"], relation)
        starts = [m["start"] for m in line["mentions"]]
        ends = [m["end"] for m in line["mentions"]]
        assert all(e <= s for e, s in zip(ends, starts[1:], strict=False)), "overlap"


def test_groups_have_leaders_and_planted_structure(truth: dict[str, Any]) -> None:
    entities = truth["entities"]
    doc = truth["groups"]
    for group in doc["groups"]:
        assert group["leader"] in group["members"]
        assert "leader" in entities[group["leader"]]["roles"]
        assert 5 <= len(group["members"]) <= 25
        assert len(group["corridors"]) >= 1
        for corridor in group["corridors"]:
            assert corridor["stops"][0]["role"] == "origin"
            assert corridor["transit"], "every corridor has planted transit points"
    people = [e for e in entities.values() if e["type"] == "Person"]
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in people:
        by_name[person["name"]].append(person)
    namesakes = [same for same in by_name.values() if len(same) > 1]
    assert namesakes, "no namesake pair"
    for same in namesakes:
        assert len({tuple(p["groups"]) for p in same}) == len(same), "namesakes share a group"
    assert doc["namesakes"]
    assert any(len(b["groups"]) >= 2 and b["kind"] in ("forger", "launderer")
               for b in doc["brokers"])
    assert any(b["kind"] == "recruiter" and len(b["groups"]) >= 2 for b in doc["brokers"])
    uses = Counter(r["target"] for r in truth["relations"]
                   if r["type"] == "USES" and r["target"].startswith("PH-")
                   and entities[r["source"]]["type"] == "Person")
    assert any(n >= 2 for n in uses.values()), "no shared phone"
    assert doc["shared_phones"] and doc["shared_addresses"]


def test_phones_are_drama_numbers(truth: dict[str, Any]) -> None:
    phones = [e for e in truth["entities"].values() if e["type"] == "Phone"]
    assert phones
    for phone in phones:
        assert DRAMA_E164.match(phone["name"]), phone["name"]
        parsed = phonenumbers.parse(phone["name"])
        assert phonenumbers.is_possible_number(parsed)
        for variant in phone["variants"]:
            number = phonenumbers.parse(variant, "GB")
            assert phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164) == phone["name"]
    for mail in (e for e in truth["entities"].values() if e["type"] == "Email"):
        assert mail["name"].rsplit("@", 1)[1] in ("example.com", "example.org", "example.net")


def test_reports_are_valid(small: Path, truth: dict[str, Any]) -> None:
    for line in truth["mentions"]:
        path = small / line["report"]
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        if path.suffix == ".md":
            assert text.startswith("---\n")
            front = yaml.safe_load(text.split("---\n", 2)[1])
            assert set(front) == {"title", "date", "source", "author", "operation", "grading"}
            assert str(front["date"]) == line["date"]
            assert GRADING.fullmatch(front["grading"])
        elif path.suffix == ".eml":
            message = email.message_from_bytes(raw, policy=policy.default)
            assert message["From"] and message["To"] and message["Subject"] and message["Date"]
            assert message.get_content().strip()
            assert line["grading"] is None
        else:
            assert line["grading"] in text and GRADING.fullmatch(line["grading"])
    kinds = Counter(line["kind"] for line in truth["mentions"])
    assert set(kinds) == {"log", "narrative", "email"}


def test_reports_carry_noise_and_variation(truth: dict[str, Any]) -> None:
    entities = truth["entities"]
    forms = Counter(m["form"] for line in truth["mentions"] for m in line["mentions"])
    for form in ("caps", "surname_caps", "nickname", "description", "number"):
        assert forms[form] > 0, form
    officials = {m["id"] for line in truth["mentions"] for m in line["mentions"]
                 if "official" in entities[m["id"]]["roles"]}
    assert officials, "no officials named"
    assert not any(entities[o]["groups"] for o in officials)


def test_scale_folders_and_speed(tmp_path: Path) -> None:
    started = time.perf_counter()
    summary = generate(tmp_path, SynthParams(groups=20, seed=3, reports=2000))
    seconds = time.perf_counter() - started
    folders = sorted((tmp_path / "reports").iterdir())
    assert [f.name for f in folders] == ["0000", "0001"]
    assert all(len(list(f.iterdir())) <= 1000 for f in folders)
    assert sum(len(list(f.iterdir())) for f in folders) == 2000 == summary.reports
    assert seconds < 15, f"2,000 reports took {seconds:.1f} s"


def test_cli_writes_the_layout(tmp_path: Path) -> None:
    out = tmp_path / "world"
    result = CliRunner().invoke(synth, ["--groups", "2", "--seed", "5", "--reports", "30",
                                        str(out), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["reports"] == 30 and summary["groups"] == 2
    assert (out / "truth" / "entities.jsonl").exists()
    assert len(list((out / "reports" / "0000").iterdir())) == 30

    again = CliRunner().invoke(synth, ["--groups", "2", "--seed", "5", str(out)])
    assert again.exit_code == 2 and "--overwrite" in again.stderr

    group = click.Group("ocgmap", commands=[synth])
    plain = CliRunner().invoke(group, ["synth", "-g", "2", "-s", "5", "-r", "10", "--overwrite",
                                       str(out)])
    assert plain.exit_code == 0, plain.output
    assert plain.stdout.startswith("synth: 2 groups") and "10 reports" in plain.stdout


def test_cli_help() -> None:
    result = CliRunner().invoke(synth, ["--help"])
    assert result.exit_code == 0 and "--victims-per-group" in result.stdout


def test_a_crowded_name_pool_gives_middle_names_then_a_one_line_error() -> None:
    from ocgmap.errors import ConfigError
    from ocgmap.synth.factory import Factory
    from ocgmap.synth.model import World
    from ocgmap.synth.names import NamePool

    pool = NamePool("Testish", "Testland", male=("Adam", "Ben"), female=("Cara",),
                    surnames=("Stone", "Wood"))
    factory = Factory(World(seed=1), random.Random(1))
    names = {factory.name_for(pool, "male") for _ in range(8)}
    assert len(names) == 8  # 4 plain names, then 4 with a middle name
    assert {given for given, _ in names} >= {"Adam Ben", "Ben Adam"}
    with pytest.raises(ConfigError, match="used up"):
        factory.name_for(pool, "male")
