"""Brokers: Gould–Fernandez brokerage roles relative to the detected groups.

For a broker ``v`` and every open two-step path ``a → v → b`` (``a`` ≠ ``b``, no direct
``a → b`` tie), the roles are, by the groups of ``a``, ``v`` and ``b``:

* coordinator: all three in one group;
* itinerant (consultant): ``a`` and ``b`` in one group, ``v`` outside it;
* representative: ``a`` in ``v``'s group, ``b`` outside (``v`` speaks for its group);
* gatekeeper: ``b`` in ``v``'s group, ``a`` outside (``v`` lets others in);
* liaison: all three in different groups.

Ties come from the person projection: a directed act (recruited, paid, controls…) points
from its source; shared identifiers, family and association point both ways. An actor in
no group is a group of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.analysis.projection import actor_name

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


@dataclass(frozen=True)
class Brokerage:
    """One actor's brokerage counts per role and the groups they connect."""

    node: str
    name: str
    group: str | None
    coordinator: int
    itinerant: int
    representative: int
    gatekeeper: int
    liaison: int
    external: int
    groups_connected: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Answer the brokerage as a JSON-ready dict."""
        return asdict(self)


def _arcs(projection: nx.Graph) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {str(n): set() for n in projection}
    for u, v, tails in projection.edges(data="tails"):
        tails = tails if tails is not None else {u, v}
        if u in tails:
            out[str(u)].add(str(v))
        if v in tails:
            out[str(v)].add(str(u))
    return out


def _role(ga: str, gv: str, gb: str) -> str:
    if ga == gb:
        return "coordinator" if ga == gv else "itinerant"
    if ga == gv:
        return "representative"
    if gb == gv:
        return "gatekeeper"
    return "liaison"


def brokerage(projection: nx.Graph, membership: Mapping[str, str], *,
              top: int | None = None) -> list[Brokerage]:
    """Answer actors by Gould–Fernandez brokerage, most external brokerage first.

    `external` counts every role but coordinator: the paths that cross a group boundary.
    `groups_connected` lists the groups (other than the broker's) at either end of them.

    Examples
    --------
    >>> P = nx.Graph()
    >>> P.add_edge("a", "v", tails={"a"}); P.add_edge("v", "b", tails={"v"})
    >>> [b] = brokerage(P, {"a": "G1", "v": "G2", "b": "G2"}, top=1)
    >>> b.node, b.gatekeeper, b.groups_connected
    ('v', 1, ['G1'])
    """
    out = _arcs(projection)
    into: dict[str, set[str]] = {n: set() for n in out}
    for a, targets in out.items():
        for b in targets:
            into[b].add(a)

    def group(n: str) -> str:
        return membership.get(n, f"~{n}")

    found = []
    for v in out:
        ins, outs = into[v], out[v]
        if not ins or not outs:
            continue
        in_by = Counter(group(a) for a in ins)
        out_by = Counter(group(b) for b in outs)
        pairs: Counter[tuple[str, str]] = Counter()
        for ga, na in in_by.items():
            for gb, nb in out_by.items():
                pairs[ga, gb] += na * nb
        for x in ins & outs:
            pairs[group(x), group(x)] -= 1
        for a in ins:
            for b in out[a] & outs:
                if b != a:
                    pairs[group(a), group(b)] -= 1
        counts = dict.fromkeys(ROLES, 0)
        connected: set[str] = set()
        gv = group(v)
        for (ga, gb), n in pairs.items():
            if n <= 0:
                continue
            counts[_role(ga, gv, gb)] += n
            connected.update(g for g in (ga, gb) if g != gv and not g.startswith("~"))
        external = sum(counts.values()) - counts["coordinator"]
        if sum(counts.values()) == 0:
            continue
        found.append(Brokerage(v, actor_name(projection, v), membership.get(v),
                               counts["coordinator"], counts["itinerant"],
                               counts["representative"], counts["gatekeeper"],
                               counts["liaison"], external, sorted(connected)))
    found.sort(key=lambda b: (-b.external, -len(b.groups_connected), -b.coordinator, b.node))
    return found[:top] if top is not None else found
