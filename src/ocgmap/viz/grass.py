"""A Neo4j Browser style file (`.grass`) with the HTML map's colours.

Drag the file onto Neo4j Browser (or `:style` and paste) to colour nodes by label and
links by type as in the map, captioned by name and type.
"""

from __future__ import annotations

from pathlib import Path

from ocgmap.viz.styles import DEFAULT_NODE_STYLE, EDGE_STYLES, NODE_STYLES, darker


def grass() -> str:
    """Answer the style sheet text.

    >>> "node.Person {" in grass()
    True
    """
    blocks = [_block("node", {
        "diameter": "50px", "color": DEFAULT_NODE_STYLE.color,
        "border-color": darker(DEFAULT_NODE_STYLE.color), "border-width": "2px",
        "text-color-internal": "#FFFFFF", "font-size": "10px", "caption": '"{name}"'})]
    blocks.append(_block("relationship", {
        "color": "#A5ABB6", "shaft-width": "1px", "font-size": "8px", "padding": "3px",
        "text-color-external": "#000000", "text-color-internal": "#FFFFFF",
        "caption": '"<type>"'}))
    for label, style in NODE_STYLES.items():
        caption = '"{id}"' if label == "Report" else '"{name}"'
        blocks.append(_block(f"node.{label}", {
            "color": style.color, "border-color": darker(style.color),
            "text-color-internal": "#000000", "caption": caption}))
    for rel_type, edge in EDGE_STYLES.items():
        blocks.append(_block(f"relationship.{rel_type}", {
            "color": edge.color, "shaft-width": f"{edge.width:g}px", "caption": '"<type>"'}))
    return "\n".join(blocks)


def _block(selector: str, rules: dict[str, str]) -> str:
    body = "".join(f"  {key}: {value};\n" for key, value in rules.items())
    return f"{selector} {{\n{body}}}\n"


def write_grass(path: Path) -> None:
    """Write the style sheet to `path`."""
    path.write_text(grass(), encoding="utf-8")
