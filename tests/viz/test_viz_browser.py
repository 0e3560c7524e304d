"""The HTML map as a tactical adviser sees it: headless Chromium, no network."""

from __future__ import annotations

import json
from pathlib import Path

from cdp_browser import Browser

from conftest import HOSTILE
from ocgmap.graph.local import LocalStore
from ocgmap.viz.html import write_html
from ocgmap.viz.mapgraph import load_map

SETTLED = "document.body && document.body.getAttribute('data-settled')"


def _open(browser: Browser, page: Path) -> None:
    browser.open(page)
    browser.wait_for(SETTLED, 20)


def test_map_renders_every_node_and_runs_no_hostile_script(
        store: LocalStore, browser: Browser, tmp_path: Path) -> None:
    graph = load_map(store)
    page = tmp_path / "map.html"
    write_html(graph, page)
    _open(browser, page)
    assert browser.evaluate("ocgmapNetwork.body.nodeIndices.length") == len(graph.nodes) == 10
    # the hostile names are drawn as text: present in the data, absent as elements
    shown = browser.evaluate("JSON.parse(document.getElementById('map-data').textContent)"
                             ".nodes.map(n => n.name)")
    assert set(HOSTILE) <= set(shown)
    assert browser.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    assert browser.evaluate("window.__pwned === undefined")
    # open the hostile node's panel and search for it: still only text
    evil = next(n for n in graph.nodes if n.name == HOSTILE[0])
    browser.evaluate(f"ocgmapShow({json.dumps(evil.id)})")
    search = "document.getElementById('search')"
    browser.evaluate(f"{search}.value = '<img'; "
                     f"{search}.dispatchEvent(new Event('input'))")
    browser.pump(0.3)
    assert browser.evaluate("document.getElementById('panel').querySelector('h2').textContent") \
        == HOSTILE[0]
    assert browser.evaluate("document.querySelectorAll('#matches button').length") == 1
    assert browser.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.dialogs() == []
    assert browser.requests() == [page.resolve().as_uri()]
    assert browser.errors() == []
    shot = tmp_path / "map.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_panel_shows_evidence_with_report_date_and_grading(
        store: LocalStore, browser: Browser, tmp_path: Path) -> None:
    graph = load_map(store)
    page = tmp_path / "map.html"
    write_html(graph, page)
    _open(browser, page)
    recruited = next(e for e in graph.edges if e.type == "RECRUITED")
    browser.evaluate(f"ocgmapShow({json.dumps(recruited.id)})")
    panel = browser.evaluate("document.getElementById('panel').innerText")
    assert "Besnik Hoxha → Loredana Vasile" in panel
    assert "HOXHA recruited Loredana Vasile." in panel
    assert "R-2 · 2024-04-02 · graded C3C" in panel


def test_filters_hide_node_and_link_types(
        store: LocalStore, browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "map.html"
    write_html(load_map(store), page)
    _open(browser, page)

    def untick(name: str) -> None:
        browser.evaluate(f"(b => {{ b.checked = false; b.dispatchEvent(new Event('change')); }})"
                         f"(document.querySelector('[data-filter=\"{name}\"]'))")

    untick("Phone")
    untick("Location")
    assert browser.evaluate("ocgmapNetwork.body.nodeIndices.length") == 8
    visible_edges = "ocgmapNetwork.body.edgeIndices.length"
    before = browser.evaluate(visible_edges)
    untick("ASSOCIATE_OF")
    assert browser.evaluate(visible_edges) == before - 4


def test_focus_export_of_a_neighbourhood(store: LocalStore, browser: Browser,
                                         tmp_path: Path) -> None:
    page = tmp_path / "focus.html"
    write_html(load_map(store, focus=next(n.id for n in store.find_nodes("Besnik Hoxha")),
                        hops=1), page)
    _open(browser, page)
    names = browser.evaluate("JSON.parse(document.getElementById('map-data').textContent)"
                             ".nodes.map(n => n.name).sort()")
    assert names == ["Ardit Kola", "Besnik Hoxha", "Loredana Vasile"]
    assert browser.evaluate("ocgmapNetwork.getSelectedNodes().length") == 1
