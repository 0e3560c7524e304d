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

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx
import numpy as np
from scipy import sparse  # type: ignore[import-untyped]

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


def _arcs(projection: nx.Graph) -> tuple[list[str], sparse.csr_array]:
    """Answer the actors and the 0/1 matrix of arcs ``a → b`` between them."""
    nodes = [str(n) for n in projection]
    index = {n: i for i, n in enumerate(projection)}
    rows: list[int] = []
    cols: list[int] = []
    for u, neighbours in projection.adjacency():  # each link seen from both ends
        i = index[u]
        for v, data in neighbours.items():
            tails = data.get("tails")
            if tails is None or u in tails:
                rows.append(i)
                cols.append(index[v])
    n = len(nodes)
    arcs = sparse.csr_array((np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(n, n))
    arcs.sum_duplicates()
    arcs.data[:] = 1
    return nodes, arcs


def _rows(matrix: sparse.csr_array) -> np.ndarray:
    return np.asarray(matrix.sum(axis=1)).ravel()


def _masked(product: sparse.csr_array, mask: sparse.csr_array) -> np.ndarray:
    """Answer the row sums of `product` where `mask` has an entry."""
    return _rows(product.multiply(mask).tocsr())


def brokerage(projection: nx.Graph, membership: Mapping[str, str], *,
              top: int | None = None) -> list[Brokerage]:
    """Answer actors by Gould–Fernandez brokerage, most external brokerage first.

    `external` counts every role but coordinator: the paths that cross a group boundary.
    `groups_connected` lists the groups (other than the broker's) at either end of them.

    The counts are sparse-matrix algebra over the arc matrix ``A`` split by whether an arc
    stays inside a group: the two-step paths through ``v`` by role follow from the group
    make-up of ``v``'s in- and out-neighbours, less the paths back to their start
    (``a = b``) and the closed ones (``a → b`` too), counted per role as
    ``diag(Xᵀ Y Zᵀ)`` with X, Y, Z the inside/across parts of ``A``.

    Examples
    --------
    >>> P = nx.Graph()
    >>> P.add_edge("a", "v", tails={"a"}); P.add_edge("v", "b", tails={"v"})
    >>> [b] = brokerage(P, {"a": "G1", "v": "G2", "b": "G2"}, top=1)
    >>> b.node, b.gatekeeper, b.groups_connected
    ('v', 1, ['G1'])
    """
    nodes, arcs = _arcs(projection)
    n = len(nodes)
    if n == 0:
        return []
    names = sorted(set(membership.values()))
    group_index = {g: i for i, g in enumerate(names)}
    # an actor in no group is a group of their own (ids after the real groups)
    group = np.array([group_index.get(membership.get(v, ""), len(names) + i)
                      for i, v in enumerate(nodes)], dtype=np.int64)
    coo = arcs.tocoo()
    same = group[coo.row] == group[coo.col]
    inside = sparse.csr_array((same.astype(np.int64), (coo.row, coo.col)), shape=(n, n))
    across = sparse.csr_array(((~same).astype(np.int64), (coo.row, coo.col)), shape=(n, n))
    inside.eliminate_zeros()
    across.eliminate_zeros()
    outs, ins = _rows(arcs), np.asarray(arcs.sum(axis=0)).ravel()
    out_same, in_same = _rows(inside), np.asarray(inside.sum(axis=0)).ravel()
    one_hot = sparse.csr_array((np.ones(n, dtype=np.int64), (np.arange(n), group)),
                               shape=(n, int(group.max()) + 1))
    same_group_pairs = _rows((arcs.T @ one_hot).multiply(arcs @ one_hot).tocsr())
    back = arcs.multiply(arcs.T).tocsr()  # a → v → a
    coordinator = in_same * out_same - _rows(back.multiply(inside).tocsr())
    itinerant = same_group_pairs - in_same * out_same - _rows(back.multiply(across).tocsr())
    representative = in_same * (outs - out_same)
    gatekeeper = (ins - in_same) * out_same
    liaison = (ins - in_same) * (outs - out_same) - (same_group_pairs - in_same * out_same)
    # closed paths a → v → b with a → b: through[v, b] counts the a (one product), and
    # through_same those in v's group; a's group then follows from the arc v → b, but for
    # across arcs with a outside v's group, where a may share b's group (a smaller product)
    through = (arcs.T @ arcs).tocsr()
    through_same = (inside.T @ arcs).tocsr()
    coordinator -= _masked(through_same, inside)
    representative -= _masked(through_same, across)
    gatekeeper -= _masked(through, inside) - _masked(through_same, inside)
    crossed = _masked(through, across) - _masked(through_same, across)
    returning = _masked((across.T @ inside).tocsr(), across)
    itinerant -= returning
    liaison -= crossed - returning
    total = coordinator + itinerant + representative + gatekeeper + liaison
    connected = _connected(arcs, across, through, group, len(names))
    found = []
    for i in np.flatnonzero(total > 0):
        v = nodes[i]
        counts = (int(coordinator[i]), int(itinerant[i]), int(representative[i]),
                  int(gatekeeper[i]), int(liaison[i]))
        found.append(Brokerage(v, actor_name(projection, v), membership.get(v), *counts,
                               sum(counts[1:]),
                               sorted(names[g] for g in connected.get(int(i), ()))))
    found.sort(key=lambda b: (-b.external, -len(b.groups_connected), -b.coordinator, b.node))
    return found[:top] if top is not None else found


def _at(matrix: sparse.csr_array, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Answer the entries of `matrix` at (rows, cols), 0 where it has none."""
    coo = matrix.tocoo()
    n = matrix.shape[1]
    keys = coo.row.astype(np.int64) * n + coo.col
    order = np.argsort(keys)
    keys, values = keys[order], coo.data[order]
    wanted = rows.astype(np.int64) * n + cols
    where = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
    hit = (keys[where] == wanted) if len(keys) else np.zeros(len(wanted), dtype=bool)
    return np.where(hit, values[where] if len(keys) else 0, 0)


def _connected(arcs: sparse.csr_array, across: sparse.csr_array, through: sparse.csr_array,
               group: np.ndarray, real: int) -> dict[int, set[int]]:
    """Answer broker → the real groups (other than its own) at an end of an open path.

    An in-neighbour ``a`` of ``v`` starts an open path when some out-neighbour of ``v`` is
    neither ``a`` nor an out-neighbour of ``a``; an out-neighbour ``b`` ends one when some
    in-neighbour of ``v`` is neither ``b`` nor an in-neighbour of ``b``. Only arcs across
    a group boundary matter; `through` is ``Aᵀ A`` (in-neighbours shared along an arc).
    """
    outs, ins = _rows(arcs), np.asarray(arcs.sum(axis=0)).ravel()
    coo = across.tocoo()
    tail, head = coo.row, coo.col
    back = _at(arcs, head, tail)  # head → tail too
    found: dict[int, set[int]] = {}
    # arc v → b: v's in-neighbours, less b, less those that reach b themselves
    ends = ins[tail] - back - _at(through.multiply(across).tocsr(), tail, head) > 0
    pick = ends & (group[head] < real)
    for v, g in zip(tail[pick].tolist(), group[head[pick]].tolist(), strict=True):
        found.setdefault(v, set()).add(g)
    # arc a → v: v's out-neighbours, less a, less those a reaches itself (shared
    # out-neighbours, from the rows of A Aᵀ of the tails only)
    tails = np.unique(tail)
    position = np.searchsorted(tails, tail)
    wanted = sparse.csr_array((np.ones(len(tail), dtype=np.int64), (position, head)),
                              shape=(len(tails), arcs.shape[1]))
    shared = (arcs[tails] @ arcs.T).multiply(wanted).tocsr()
    starts = outs[head] - back - _at(shared, position, head) > 0
    pick = starts & (group[tail] < real)
    for v, g in zip(head[pick].tolist(), group[tail[pick]].tolist(), strict=True):
        found.setdefault(v, set()).add(g)
    return found
