"""Victim redaction for exports: stable pseudonyms, addresses and identifiers dropped.

A victim is a `VictimGroup`, a `Person` whose roles include "victim", or a `Person` on
the receiving end of a trafficking act (RECRUITED, TRANSPORTED, HARBOURED, EXPLOITED,
CONTROLS). A person who is both victim and suspect is treated as a victim.

Redaction replaces, in every format (it works on the `MapGraph` all exporters share):

* each victim's name by "Victim N", N being the victim's rank in a numbering that is
  fixed for a store (the sorted ids of all its victims), so "Victim 7" is the same person
  in a focused map and in the full export; ids are replaced too, since node ids are
  hashes of names and could be matched against a guessed name;
* victim properties other than a few non-identifying ones (roles, gender, nationality,
  group size, age band, child flag);
* the addresses and identifiers linked to a victim (Location, Phone, Email, Document,
  Account, Vehicle nodes one link away), which are dropped with their links, even when a
  suspect shares them: the victim's safety comes first;
* every occurrence of those names and identifiers in evidence sentences and report titles.

Names written differently from the stored name or its aliases (a surname on its own, a
nickname the extractor missed) are not caught: check a redacted export before sharing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ocgmap.model import Edge, Evidence, Node, PropertyValue
from ocgmap.viz.mapgraph import MapGraph

ACTS = frozenset({"RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED", "CONTROLS"})
VICTIM_LABELS = frozenset({"VictimGroup"})
#: Nodes that locate or identify whoever they are linked to.
IDENTIFYING_LABELS = frozenset({"Location", "Phone", "Email", "Document", "Account",
                                "Vehicle"})
KEPT_VICTIM_PROPERTIES = frozenset({"roles", "gender", "nationality", "count", "child",
                                    "age_min", "age_max", "exploitation", "hub_score",
                                    "group_id"})
REDACTED = "[redacted]"


def is_victim_role(node: Node) -> bool:
    """Answer whether `node` is a victim group or a person with the victim role."""
    roles = node.properties.get("roles")
    return node.label in VICTIM_LABELS or (
        node.label == "Person" and isinstance(roles, list) and "victim" in roles)


def victim_ids(nodes: Iterable[Node], edges: Iterable[Edge]) -> list[str]:
    """Answer the sorted ids of the victims among `nodes` (see the module docstring).

    >>> from ocgmap.model import Edge, Node
    >>> kola, vic = Node("p:1", "Person", "Ardit Kola"), Node("p:2", "Person", "Mira")
    >>> victim_ids([kola, vic], [Edge("e", "TRANSPORTED", "p:1", "p:2")])
    ['p:2']
    """
    by_id = {n.id: n for n in nodes}
    found = {n.id for n in by_id.values() if is_victim_role(n)}
    found |= {e.target for e in edges
              if e.type in ACTS and e.target in by_id and by_id[e.target].label == "Person"}
    return sorted(found)


@dataclass(frozen=True)
class RedactionPlan:
    """Who is a victim (in numbering order) and which identifying nodes go."""

    victims: tuple[Node, ...]
    dropped: tuple[Node, ...]


def redaction_plan(nodes: Sequence[Node], edges: Sequence[Edge]) -> RedactionPlan:
    """Answer the victims of a graph (sorted by id) and the identifiers linked to them.

    Computed on the whole store, it numbers victims the same way in every export and lets
    a focused map scrub the names of victims who are only mentioned in its evidence.
    """
    by_id = {n.id: n for n in nodes}
    victims = victim_ids(nodes, edges)
    victim_set = set(victims)
    dropped = {other for e in edges for end, other in ((e.source, e.target),
                                                       (e.target, e.source))
               if end in victim_set and other in by_id
               and by_id[other].label in IDENTIFYING_LABELS}
    return RedactionPlan(tuple(by_id[v] for v in victims),
                         tuple(by_id[d] for d in sorted(dropped)))


def redact_victims(graph: MapGraph, plan: RedactionPlan | None = None) -> MapGraph:
    """Answer `graph` with its victims pseudonymised and their identifiers dropped.

    `plan` (default: the plan of `graph` itself) fixes each pseudonym's number and what is
    scrubbed; victims of `graph` missing from it are numbered after it.
    """
    whole = plan or redaction_plan(graph.nodes, graph.edges)
    local = redaction_plan(graph.nodes, graph.edges)
    known = {n.id for n in whole.victims}
    victim_nodes = list(whole.victims) + [n for n in local.victims if n.id not in known]
    number = {n.id: i + 1 for i, n in enumerate(victim_nodes)}
    dropped_nodes = {n.id: n for n in (*whole.dropped, *local.dropped)}
    dropped = set(dropped_nodes)
    victim_set = {n.id for n in graph.nodes if n.id in number}
    new_id = {vid: f"victim-{number[vid]}" for vid in number}
    pseudonym = {vid: f"Victim {number[vid]}" for vid in number}

    scrub = _Scrubber(
        [(name, pseudonym[n.id]) for n in victim_nodes for name in _names(n)]
        + [(pattern, REDACTED) for n in dropped_nodes.values()
           for pattern in _identifier_forms(n)])

    nodes = []
    for node in graph.nodes:
        if node.id in dropped:
            continue
        evidence = scrub.evidence(node.evidence)
        if node.id in victim_set:
            props = {k: v for k, v in node.properties.items() if k in KEPT_VICTIM_PROPERTIES}
            nodes.append(Node(new_id[node.id], node.label, pseudonym[node.id], props,
                              node.reports, evidence))
        else:
            nodes.append(replace(node, evidence=evidence))
    edges = []
    renamed = sorted(e.id for e in graph.edges if e.source in victim_set or e.target in victim_set)
    edge_id = {old: f"link-{i + 1}" for i, old in enumerate(renamed)}
    for edge in graph.edges:
        if edge.source in dropped or edge.target in dropped:
            continue
        edges.append(Edge(edge_id.get(edge.id, edge.id), edge.type,
                          new_id.get(edge.source, edge.source),
                          new_id.get(edge.target, edge.target),
                          _scrub_props(edge.properties, scrub), edge.reports,
                          scrub.evidence(edge.evidence)))
    reports = {rid: replace(meta, title=scrub.text(meta.title))
               for rid, meta in graph.reports.items()}
    focus = new_id.get(graph.focus, graph.focus) if graph.focus else None
    if graph.focus in dropped:
        focus = None
    redacted = MapGraph(tuple(nodes), tuple(edges), reports, scrub.text(graph.title), focus,
                        tuple(scrub.text(n) for n in graph.notes))
    return redacted.with_notes(
        f"Victims are pseudonymised ({len(victim_set)} in this map); their addresses and "
        f"identifiers are left out ({len(dropped & {n.id for n in graph.nodes})} nodes).")


def _names(node: Node) -> list[str]:
    aliases = node.properties.get("aliases")
    names = [node.name, *(aliases if isinstance(aliases, list) else [])]
    return [_loose(str(n)) for n in names if str(n).strip()]


def _loose(text: str) -> str:
    """Answer a pattern matching `text` with any spacing and optional commas between words."""
    words = text.split()
    return r"[\s,]+".join(re.escape(w) for w in words)


def _identifier_forms(node: Node) -> list[str]:
    """Answer patterns for the ways an identifier or address is written in report text."""
    forms = [_loose(node.name)]
    compact = re.sub(r"\s+", "", node.name)
    if node.label in ("Vehicle", "Document", "Account") and compact:
        forms.append(r"\s?".join(re.escape(c) for c in compact))
    if node.label == "Phone":
        digits = re.sub(r"\D", "", node.name)
        if digits:
            sep = r"[\s\-().]*"
            forms.append(r"\+?" + sep.join(digits))
            if digits.startswith("44"):
                forms.append(sep.join("0" + digits[2:]))
    return forms


class _Scrubber:
    """Replaces names and identifiers in free text, longest pattern first."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        pairs = sorted(pairs, key=lambda p: -len(p[0]))
        self._replacement = {f"g{i}": repl for i, (_, repl) in enumerate(pairs)}
        self._pattern = re.compile(
            "|".join(rf"(?P<g{i}>(?<!\w){pattern}(?!\w))" for i, (pattern, _) in enumerate(pairs)),
            re.IGNORECASE) if pairs else None

    def text(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._replacement[str(m.lastgroup)], text)

    def evidence(self, evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(replace(ev, sentence=self.text(ev.sentence)) for ev in evidence)


def _scrub_props(props: dict[str, PropertyValue], scrub: _Scrubber) -> dict[str, PropertyValue]:
    return {k: scrub.text(v) if isinstance(v, str) else v for k, v in props.items()}
