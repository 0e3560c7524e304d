"""--redact-victims: pseudonyms stable across exports, identifiers gone from every format."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from conftest import FLAT, MIRA, PHONE, VASILE
from ocgmap.cli.main import cli
from ocgmap.graph.local import LocalStore
from ocgmap.viz.exporters import export
from ocgmap.viz.mapgraph import load_map
from ocgmap.viz.redact import redact_victims, redaction_plan

#: What must not survive redaction anywhere (names, alias, address, phone as written).
SECRETS = ("Loredana", "VASILE", "Lori", "Mira Dobre", "Example Street", "900123",
           "+447700900123", "2001-02-03", VASILE.id, MIRA.id, PHONE.id, FLAT.id)


def test_victims_become_numbered_pseudonyms_and_identifiers_go(store: LocalStore) -> None:
    graph = redact_victims(load_map(store))
    names = {n.name for n in graph.nodes}
    assert {"Victim 1", "Victim 2"} <= names
    assert not names & {VASILE.name, MIRA.name, PHONE.name, FLAT.name}
    victim = next(n for n in graph.nodes if n.name.startswith("Victim")
                  and n.properties.get("roles") == ["victim"])
    assert victim.properties == {"roles": ["victim"], "nationality": "Romanian"}
    recruited = next(e for e in graph.edges if e.type == "RECRUITED")
    assert recruited.evidence[0].sentence == f"HOXHA recruited {victim.name}."
    transported = next(e for e in graph.edges if e.type == "TRANSPORTED"
                       and e.target == victim.id)
    assert transported.evidence[0].sentence == (
        f"Ardit KOLA drove {victim.name} ({victim.name}) to [redacted].")
    assert not [e for e in graph.edges if e.type in ("USES", "LIVES_AT")]
    assert any("pseudonymised" in note for note in graph.notes)


def test_a_focused_map_uses_the_store_wide_numbering(store: LocalStore) -> None:
    whole = store.subgraph()
    plan = redaction_plan(whole.nodes, whole.edges)
    full = {n.id: n.name for n in redact_victims(load_map(store)).nodes}
    hoxha = store.find_nodes("Besnik Hoxha")[0].id
    focused = redact_victims(load_map(store, hoxha, 1), plan)
    assert {n.id: n.name for n in focused.nodes}.items() <= full.items()


def test_no_format_leaks_a_victim(store: LocalStore, tmp_path: Path) -> None:
    runner = CliRunner()
    outputs = {"html": "map.html", "graphml": "map.graphml", "gexf": "map.gexf", "csv": "i2"}
    for fmt, name in outputs.items():
        for focus in ([], ["--focus", "Besnik Hoxha", "--hops", "2"]):
            out = tmp_path / f"{len(focus)}-{name}"
            result = runner.invoke(cli, ["--store", str(store.location), "-q", "export", fmt,
                                         str(out), "--redact-victims", *focus])
            assert result.exit_code == 0, result.output
            files = sorted(out.iterdir()) if out.is_dir() else [out]
            text = "".join(f.read_text(encoding="utf-8-sig") for f in files)
            assert "Victim 1" in text
            leaked = [s for s in SECRETS if s.lower() in text.lower()]
            assert leaked == [], f"{fmt} {focus}: {leaked}"


def test_exports_never_carry_report_text(store: LocalStore, tmp_path: Path) -> None:
    for fmt, name in {"html": "m.html", "graphml": "m.graphml", "gexf": "m.gexf"}.items():
        out = tmp_path / name
        export(load_map(store), fmt, out)
        assert "FULL REPORT TEXT" not in out.read_text(encoding="utf-8")
