"""Consistency checks for the annotated sample corpus (samples/reports + samples/gold).

Plain stdlib + json; no ocgmap imports, so it runs before any code exists.
Format documentation: samples/README.md. Planted truth: samples/NETWORKS.md.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
import zlib
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
REPORTS = SAMPLES / "reports"
GOLD = SAMPLES / "gold"

ENTITY_TYPES = {
    "Person",
    "Organisation",
    "Business",
    "Location",
    "Vehicle",
    "Phone",
    "Email",
    "Document",
    "VictimGroup",
}
RELATION_TYPES = {
    "RECRUITED",
    "TRANSPORTED",
    "HARBOURED",
    "EXPLOITED",
    "CONTROLS",
    "PAID",
    "OWNS",
    "EMPLOYED_BY",
    "LOCATED_AT",
    "LIVES_AT",
    "USES",
    "MEMBER_OF",
    "FAMILY_OF",
    "ASSOCIATE_OF",
}
ROLES = {
    "recruiter",
    "transporter",
    "controller",
    "exploiter",
    "money_handler",
    "facilitator",
    "victim",
    "buyer",
}
PURPOSES = {"sexual", "labour", "domestic_servitude", "criminal"}
VERBATIM_SUFFIXES = {".txt", ".md", ".eml"}
REPORT_SUFFIXES = {".txt", ".md", ".eml", ".html", ".pdf", ".docx"}

# Ofcom drama ranges only: 07700 900000-900999, 0121 496 0000-0999, 0113 496 0xxx,
# 020 7946 0xxx.
FICTIONAL_PHONE = re.compile(r"^\+44(7700900\d{3}|1214960\d{3}|1134960\d{3}|2079460\d{3})$")


def report_files() -> list[Path]:
    return sorted(
        p
        for p in REPORTS.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix in REPORT_SUFFIXES
    )


def gold_files() -> list[Path]:
    return sorted(p for p in GOLD.glob("*.json"))


def load_gold(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = _TextOnly()
    parser.feed(path.read_text(encoding="utf-8"))
    return html.unescape(" ".join(parser.parts))


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paragraphs:
        runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
        out.append(html.unescape("".join(runs)))
    return "\n".join(out)


def pdf_text(path: Path) -> str:
    """Minimal text extraction for the fpdf2-generated sample: inflate the content streams and
    collect the string operands of Tj/TJ. Good enough for simple core-font PDFs only."""
    data = path.read_bytes()
    out: list[bytes] = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, flags=re.S):
        raw = m.group(1)
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            content = raw
        for tm in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj|\[(.*?)\]\s*TJ", content, flags=re.S):
            if tm.group(1) is not None:
                out.append(tm.group(1))
            else:
                out.append(b"".join(re.findall(rb"\((.*?)(?<!\\)\)", tm.group(2))))
    text = b"\n".join(out).decode("latin-1")
    return re.sub(r"\\([()\\])", r"\1", text)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


REPORT_IDS = [p.name for p in report_files()]
GOLD_IDS = [p.name for p in gold_files()]


def test_corpus_size_and_formats() -> None:
    names = REPORT_IDS
    assert len(names) >= 42
    by_suffix = defaultdict(int)
    for n in names:
        by_suffix[Path(n).suffix] += 1
    assert by_suffix[".html"] == 1
    assert by_suffix[".pdf"] == 1
    assert by_suffix[".docx"] == 1
    assert by_suffix[".eml"] >= 3
    assert by_suffix[".txt"] >= 1 and by_suffix[".md"] >= 1


def test_every_report_has_gold_and_vice_versa() -> None:
    reports = set(REPORT_IDS)
    golds = {n[: -len(".json")] for n in GOLD_IDS}
    assert reports - golds == set(), "reports without gold"
    assert golds - reports == set(), "gold without report"


@pytest.mark.parametrize("name", GOLD_IDS)
def test_gold_file_is_well_formed(name: str) -> None:
    g = load_gold(GOLD / name)
    assert set(g) == {"report", "entities", "relations", "routes"}
    assert g["report"] + ".json" == name
    names: set[str] = set()
    types: dict[str, str] = {}
    for e in g["entities"]:
        assert e["type"] in ENTITY_TYPES, e
        assert isinstance(e["name"], str) and e["name"].strip(), e
        assert e["name"] not in names, f"duplicate name {e['name']!r}"
        names.add(e["name"])
        types[e["name"]] = e["type"]
        assert isinstance(e["mentions"], list) and e["mentions"], e
        assert all(isinstance(m, str) and m.strip() for m in e["mentions"]), e
        assert len(set(e["mentions"])) == len(e["mentions"]), e
        assert set(e) <= {"type", "name", "mentions", "roles", "attributes", "xref"}, e
        for role in e.get("roles", []):
            assert role in ROLES, e
        attrs = e.get("attributes", {})
        assert isinstance(attrs, dict)
        if e["type"] == "Phone":
            assert re.fullmatch(r"\+\d{10,15}", e["name"]), e
            assert FICTIONAL_PHONE.match(e["name"]), f"not an Ofcom drama number: {e['name']}"
        if e["type"] == "Vehicle":
            assert re.fullmatch(r"[A-Z0-9]+", e["name"]), e
        if e["type"] == "Email":
            assert e["name"] == e["name"].lower(), e
            assert e["name"].endswith(("@example.com", "@example.org")), e
        if e["type"] == "Location":
            assert attrs.get("kind"), e
        if e["type"] == "VictimGroup" and "count" in attrs:
            assert isinstance(attrs["count"], int) and attrs["count"] >= 1, e

    for r in g["relations"]:
        assert r["type"] in RELATION_TYPES, r
        assert r["source"] in names, f"unknown source {r['source']!r}"
        assert r["target"] in names, f"unknown target {r['target']!r}"
        attrs = r.get("attributes", {})
        if r["type"] == "EXPLOITED":
            assert attrs.get("purpose") in PURPOSES, r
        if "means" in attrs:
            assert isinstance(attrs["means"], list), r
        if r["type"] == "LIVES_AT":
            assert types[r["target"]] == "Location", r
        if r["type"] == "LOCATED_AT":
            assert types[r["source"]] == "Business" and types[r["target"]] == "Location", r
        if r["type"] == "MEMBER_OF":
            assert types[r["target"]] == "Organisation", r

    for route in g["routes"]:
        assert route["stops"], route
        for stop in route["stops"]:
            assert stop in names and types[stop] == "Location", stop
        for t in route.get("travellers", []):
            assert t in names, t


VICTIM_TYPES = {"Person", "VictimGroup"}
ACTORS = {"Person", "Organisation", "Business"}
# relation type -> (allowed source types, allowed target types)
ENDPOINTS = {
    "RECRUITED": (ACTORS, VICTIM_TYPES),
    "TRANSPORTED": (ACTORS, VICTIM_TYPES),
    "HARBOURED": (ACTORS, VICTIM_TYPES),
    "EXPLOITED": (ACTORS, VICTIM_TYPES),
    "CONTROLS": ({"Person", "Organisation"}, VICTIM_TYPES),
    "PAID": (ACTORS, ACTORS),
    "OWNS": ({"Person", "Business"}, {"Business", "Vehicle"}),
    "EMPLOYED_BY": (VICTIM_TYPES, {"Business"}),
    "LOCATED_AT": ({"Business"}, {"Location"}),
    "LIVES_AT": (VICTIM_TYPES, {"Location"}),
    "USES": (ACTORS, {"Phone", "Vehicle", "Email", "Document"}),
    "MEMBER_OF": ({"Person"}, {"Organisation"}),
    "FAMILY_OF": ({"Person"}, {"Person"}),
    "ASSOCIATE_OF": ({"Person"}, {"Person", "Organisation", "Business"}),
}
ACTS = {"RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED", "CONTROLS"}


@pytest.mark.parametrize("name", GOLD_IDS)
def test_relation_endpoints_make_sense(name: str) -> None:
    g = load_gold(GOLD / name)
    ents = {e["name"]: e for e in g["entities"]}
    for r in g["relations"]:
        src, tgt = ents[r["source"]], ents[r["target"]]
        ok_src, ok_tgt = ENDPOINTS[r["type"]]
        assert src["type"] in ok_src, r
        assert tgt["type"] in ok_tgt, r
        if r["type"] in ACTS and tgt["type"] == "Person":
            assert "victim" in tgt.get("roles", []), r
        # officials: role-less, no xref, and no relation except USES of their own contact details
        if src["type"] == "Person" and not src.get("roles") and "xref" not in src:
            assert r["type"] == "USES", r
    for route in g["routes"]:
        for t in route.get("travellers", []):
            e = ents[t]
            assert e["type"] in VICTIM_TYPES, route
            if e["type"] == "Person":
                assert "victim" in e.get("roles", []), route


def report_text(path: Path) -> str | None:
    if path.suffix in VERBATIM_SUFFIXES:
        return path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return html_text(path)
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return None


@pytest.mark.parametrize("name", REPORT_IDS)
def test_mentions_occur_in_report(name: str) -> None:
    path = REPORTS / name
    g = load_gold(GOLD / (name + ".json"))
    text = report_text(path)
    assert text is not None and text.strip(), f"no text extracted from {name}"
    verbatim = path.suffix in VERBATIM_SUFFIXES
    flat = squash(text)
    missing = []
    for e in g["entities"]:
        for m in e["mentions"]:
            # markup formats (html/docx/pdf): compare with whitespace normalised
            ok = m in text if verbatim else squash(m) in flat
            if not ok:
                missing.append((e["name"], m))
    assert not missing, f"mentions not found in {name}: {missing}"


@pytest.mark.parametrize("name", [n for n in REPORT_IDS if Path(n).suffix in VERBATIM_SUFFIXES])
def test_reports_use_only_fictional_identifiers(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    for m in re.finditer(r"(?<!\d)0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group(0))
        assert FICTIONAL_PHONE.match("+44" + digits[1:]), f"{name}: {m.group(0)}"
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert m.group(0).lower().endswith(("@example.com", "@example.org")), m.group(0)


def _people_and_phones() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    people: dict[str, set[str]] = defaultdict(set)
    phones: dict[str, set[str]] = defaultdict(set)
    for path in gold_files():
        g = load_gold(path)
        for e in g["entities"]:
            # officials are role-less and carry no xref: they do not count
            if e["type"] == "Person" and (e.get("roles") or e.get("xref")):
                people[e["name"]].add(g["report"])
            if e["type"] == "Phone":
                phones[e["name"]].add(g["report"])
    return people, phones


def test_recurring_people_and_phones() -> None:
    people, phones = _people_and_phones()
    recurring_people = [n for n, reps in people.items() if len(reps) >= 3]
    recurring_phones = [n for n, reps in phones.items() if len(reps) >= 2]
    assert len(recurring_people) >= 5, recurring_people
    assert len(recurring_phones) >= 3, recurring_phones


def test_xref_ids_are_documented_in_networks_md() -> None:
    networks = (SAMPLES / "NETWORKS.md").read_text(encoding="utf-8")
    undocumented = set()
    for path in gold_files():
        for e in load_gold(path)["entities"]:
            x = e.get("xref")
            if x and f"`{x}`" not in networks:
                undocumented.add(x)
    assert not undocumented, sorted(undocumented)
