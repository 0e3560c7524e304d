"""One style table per node label and relationship type, shared by every export.

The HTML map, the GEXF `viz` attributes and the Neo4j Browser `.grass` file all read their
colours from here, so a Person is the same blue everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NodeStyle:
    """How a node label is drawn: fill colour (hex) and vis-network shape."""

    color: str
    shape: str


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """How a relationship type is drawn: colour, line width and dash pattern."""

    color: str
    width: float = 1.0
    dashes: tuple[int, ...] = ()


NODE_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("#4E79A7", "dot"),
    "VictimGroup": NodeStyle("#E15759", "triangle"),
    "Organisation": NodeStyle("#F28E2B", "hexagon"),
    "Agency": NodeStyle("#76B7B2", "square"),
    "Business": NodeStyle("#59A14F", "diamond"),
    "Location": NodeStyle("#EDC948", "triangleDown"),
    "Vehicle": NodeStyle("#B07AA1", "star"),
    "Phone": NodeStyle("#FF9DA7", "square"),
    "Email": NodeStyle("#9C755F", "square"),
    "Document": NodeStyle("#BAB0AC", "diamond"),
    "Account": NodeStyle("#8CD17D", "star"),
    "Report": NodeStyle("#79706E", "box"),
}
DEFAULT_NODE_STYLE = NodeStyle("#A5ABB6", "dot")

_DOTTED = (2, 4)
_DASHED = (8, 5)
EDGE_STYLES: dict[str, EdgeStyle] = {
    "RECRUITED": EdgeStyle("#D62728", 3),
    "TRANSPORTED": EdgeStyle("#E377C2", 3),
    "HARBOURED": EdgeStyle("#FF7F7F", 3),
    "EXPLOITED": EdgeStyle("#8B0000", 3),
    "CONTROLS": EdgeStyle("#9467BD", 2),
    "PAID": EdgeStyle("#2CA02C", 2, _DASHED),
    "ASSOCIATE_OF": EdgeStyle("#7F7F7F", 1, _DASHED),
    "MEMBER_OF": EdgeStyle("#FF7F0E", 2),
    "FAMILY_OF": EdgeStyle("#8C564B", 2, _DASHED),
    "EMPLOYED_BY": EdgeStyle("#17BECF", 2),
    "OWNS": EdgeStyle("#BCBD22", 2),
    "LOCATED_AT": EdgeStyle("#C5B0D5", 1, _DOTTED),
    "LIVES_AT": EdgeStyle("#AEC7E8", 1, _DOTTED),
    "USES": EdgeStyle("#B0B0B0", 1, _DOTTED),
    "LEG": EdgeStyle("#1F77B4", 2),
    "MENTIONED_IN": EdgeStyle("#DDDDDD", 1, _DOTTED),
}
DEFAULT_EDGE_STYLE = EdgeStyle("#A5ABB6")

#: Colours for organised groups (`group_id`), used in turn; distinct from the label table.
GROUP_PALETTE = ("#1B9E77", "#D95F02", "#7570B3", "#E7298A", "#66A61E", "#E6AB02",
                 "#A6761D", "#1F78B4", "#B2DF8A", "#FB9A99", "#CAB2D6", "#6A3D9A")

#: The GEXF `viz:shape` closest to each vis-network shape.
GEXF_SHAPES = {"dot": "disc", "square": "square", "box": "square", "triangle": "triangle",
               "triangleDown": "triangle", "diamond": "diamond"}


def node_style(label: str) -> NodeStyle:
    """Answer the style of nodes labelled `label` (a neutral grey dot when unknown).

    >>> node_style("Person").shape
    'dot'
    """
    return NODE_STYLES.get(label, DEFAULT_NODE_STYLE)


def edge_style(rel_type: str) -> EdgeStyle:
    """Answer the style of `rel_type` links (a thin grey line when unknown)."""
    return EDGE_STYLES.get(rel_type, DEFAULT_EDGE_STYLE)


def group_color(index: int) -> str:
    """Answer the colour of the `index`-th organised group (the palette repeats)."""
    return GROUP_PALETTE[index % len(GROUP_PALETTE)]


def rgb(color: str) -> tuple[int, int, int]:
    """Answer the red, green and blue parts of a `#RRGGBB` colour.

    >>> rgb("#FF7F0E")
    (255, 127, 14)
    """
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def darker(color: str, factor: float = 0.75) -> str:
    """Answer `color` darkened by `factor` (for borders).

    >>> darker("#FFFFFF", 0.5)
    '#7F7F7F'
    """
    r, g, b = (int(part * factor) for part in rgb(color))
    return f"#{r:02X}{g:02X}{b:02X}"
