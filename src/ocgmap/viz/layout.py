"""Node positions computed in Python for maps too large for the browser to lay out.

A Fruchterman-Reingold force layout per connected component (exact repulsion for small
components, repulsion from a random sample of nodes for large ones, so one iteration is
O(n·k) rather than O(n²)), then the components are packed in rows, largest first.
5,000 nodes take well under a second with numpy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

#: Components larger than this use sampled repulsion.
EXACT_LIMIT = 400
SAMPLE = 120
ITERATIONS = 50
#: Distance between neighbouring nodes in the final drawing (vis-network pixels).
SPACING = 60.0


def spread_layout(node_ids: Sequence[str], links: Sequence[tuple[str, str]],
                  seed: int = 7) -> dict[str, tuple[float, float]]:
    """Answer an (x, y) position for every node, in vis-network pixel units.

    >>> pos = spread_layout(["a", "b", "c"], [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"]
    True
    """
    index = {nid: i for i, nid in enumerate(node_ids)}
    pairs = np.array([(index[a], index[b]) for a, b in links if a in index and b in index
                      and a != b], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    placed: list[tuple[np.ndarray, np.ndarray]] = []  # (node indices, positions)
    for members in _components(len(node_ids), pairs):
        local = {g: i for i, g in enumerate(members)}
        inner = np.array([(local[a], local[b]) for a, b in pairs
                          if a in local and b in local], dtype=np.int64).reshape(-1, 2) \
            if len(members) > 1 else np.zeros((0, 2), dtype=np.int64)
        placed.append((np.array(members), _force_layout(len(members), inner, rng)))
    positions = _pack(placed, len(node_ids))
    return {nid: (round(float(positions[i, 0]), 1), round(float(positions[i, 1]), 1))
            for nid, i in index.items()}


def _components(n: int, pairs: np.ndarray) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _force_layout(n: int, pairs: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Answer unit-spacing positions for one connected component of `n` nodes."""
    if n == 1:
        return np.zeros((1, 2))
    k = 1.0  # ideal edge length
    pos = rng.uniform(-1, 1, size=(n, 2)) * math.sqrt(n) * k
    temperature = math.sqrt(n) * k * 0.5
    cool = temperature / (ITERATIONS + 1)
    sampled = n > EXACT_LIMIT
    for _ in range(ITERATIONS):
        x, y = pos[:, 0], pos[:, 1]
        if sampled:
            others = rng.choice(n, size=SAMPLE, replace=False)
            dx, dy = x[:, None] - x[None, others], y[:, None] - y[None, others]
            scale = n / SAMPLE
        else:
            dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
            scale = 1.0
        weight = (k * k * scale) / np.maximum(dx * dx + dy * dy, 1e-4)
        force = np.stack([(dx * weight).sum(axis=1), (dy * weight).sum(axis=1)], axis=1)
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            length = np.sqrt(np.maximum((d * d).sum(axis=1), 1e-9))[:, None]
            pull = d * length / k
            np.add.at(force, pairs[:, 0], -pull)
            np.add.at(force, pairs[:, 1], pull)
        size = np.sqrt(np.maximum((force * force).sum(axis=1), 1e-9))[:, None]
        pos += force / size * np.minimum(size, temperature)
        temperature -= cool
    centred: np.ndarray = pos - pos.mean(axis=0)
    return centred


def _pack(placed: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """Answer all positions, each component shifted into rows of a roughly square sheet."""
    out = np.zeros((n, 2))
    total_area = sum(float(np.ptp(p[:, 0]) + 2) * float(np.ptp(p[:, 1]) + 2) for _, p in placed)
    row_width = max(math.sqrt(total_area) * 1.2, 4.0)
    x = y = row_height = 0.0
    for members, pos in placed:
        low = pos.min(axis=0)
        width, height = np.ptp(pos[:, 0]) + 2, np.ptp(pos[:, 1]) + 2
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[members] = pos - low + (x + 1, y + 1)
        x += width
        row_height = max(row_height, height)
    scaled: np.ndarray = (out - out.mean(axis=0)) * SPACING
    return scaled
