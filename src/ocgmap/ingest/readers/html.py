"""HTML reports (`.html`, `.htm`): the page's main text, without navigation or markup."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import NamedTuple

from bs4 import BeautifulSoup, Tag
from bs4.element import CData, NavigableString

from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document
from ocgmap.ingest.text import decode_bytes

#: Never content.
_CODE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed",
              "svg", "canvas", "button", "select", "input", "textarea", "head")
#: Page furniture.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_FURNITURE_WORDS = ("nav", "menu", "breadcrumb", "footer", "cookie", "related", "share",
                    "sidebar", "social", "newsletter", "advert")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul"})
_TEXT_TYPES = (NavigableString, CData)  # not comments, doctypes or processing instructions
_SPACE = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)
# A layout table (a whole page in a cell) is read as text, not as table rows.
_LONG_CELL = 300


class HtmlText(NamedTuple):
    """The readable text of an HTML page and its `<title>`."""

    text: str
    title: str | None


def html_to_text(markup: str) -> HtmlText:
    """Answer the main text of `markup`: paragraphs separated by blank lines, tables as
    pipe-delimited rows, navigation and other page furniture left out."""
    soup = BeautifulSoup(markup, "lxml")
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else ""
    for tag in soup.find_all(_CODE_TAGS):
        tag.decompose()
    root = _content_root(soup)
    _drop_furniture(root)
    return HtmlText(_render(root), title or None)


def _content_root(soup: BeautifulSoup) -> Tag:
    """Answer `<main>`, else the largest `<article>`, else `<body>`, else the document."""
    main = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    return soup.body if isinstance(soup.body, Tag) else soup


def _drop_furniture(root: Tag) -> None:
    total = len(root.get_text())
    for tag in root.find_all(True):
        if not isinstance(tag, Tag) or tag.decomposed:
            continue
        if _is_furniture(tag):
            tag.decompose()
        elif _may_be_furniture(tag) and len(tag.get_text()) * 2 < total:
            # A wrapper holding most of the text is the content, whatever its name says
            # (ASP.NET wraps pages in a <form>; themes put "has-sidebar" on wrappers).
            tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    """Answer whether the markup itself says `tag` is navigation, banner or footer."""
    if tag.name in _FURNITURE_TAGS:
        # An article's own <header> holds its headline and byline.
        return not (tag.name == "header" and tag.find_parent("article") is not None)
    return tag.get("role") in _FURNITURE_ROLES


def _may_be_furniture(tag: Tag) -> bool:
    """Answer whether `tag` is hidden, a form, or named like page furniture."""
    if tag.name == "form" or tag.has_attr("hidden") or tag.get("aria-hidden") == "true" \
            or _HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    names = " ".join(str(v) for v in tag.get_attribute_list("class")
                     + tag.get_attribute_list("id") if v).lower()
    return any(word.startswith(_FURNITURE_WORDS) for word in re.split(r"[^a-z]+", names) if word)


def _render(root: Tag) -> str:
    """Answer the text under `root`, block elements as paragraphs separated by blank lines."""
    paragraphs: list[str] = []
    line: list[str] = []
    in_pre = 0

    def flush() -> None:
        text = "".join(line)
        line.clear()
        if in_pre:
            text = text.strip("\n")
        else:
            text = "\n".join(" ".join(part.split()) for part in text.split("\n")).strip()
        if text.strip():
            paragraphs.append(text)

    # An explicit stack, not recursion: pages can nest deeper than Python's recursion limit.
    stack: list[object] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if node == "</pre>":
            flush()
            in_pre -= 1
            continue
        if node == "</block>":
            flush()
            continue
        if type(node) in _TEXT_TYPES:
            line.append(str(node) if in_pre else _SPACE.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            line.append("\n")
        elif node.name == "table" and not _is_layout_table(node):
            flush()
            paragraphs.append("\n".join(_table_rows(node)))
        elif node.name in _BLOCK_TAGS or node.name == "pre":
            flush()
            if node.name == "pre":
                in_pre += 1
            stack.append("</pre>" if node.name == "pre" else "</block>")
            stack.extend(reversed(node.contents))
        else:
            stack.extend(reversed(node.contents))
    flush()
    return "\n\n".join(p for p in paragraphs if p.strip())


def _cell_text(cell: Tag) -> str:
    strings = (str(s) for s in cell.descendants if type(s) in _TEXT_TYPES)
    return " ".join(" ".join(strings).split()).replace("|", "\\|")


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr")
            if isinstance(tr, Tag) and tr.find_parent("table") is table]


def _is_layout_table(table: Tag) -> bool:
    if table.find("table") is not None:
        return True
    return any(len(_cell_text(cell)) > _LONG_CELL for tr in _own_rows(table)
               for cell in tr.find_all(["td", "th"], recursive=False) if isinstance(cell, Tag))


def _table_rows(table: Tag) -> list[str]:
    rows: list[str] = []
    caption = table.find("caption")
    if isinstance(caption, Tag) and caption.get_text().strip():
        rows.append(" ".join(caption.get_text(" ").split()))
        rows.append("")
    for tr in _own_rows(table):
        cells = [_cell_text(c) for c in tr.find_all(["td", "th"], recursive=False)
                 if isinstance(c, Tag)]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def decode_html(data: bytes, where: str) -> str:
    """Answer the text of HTML bytes, honouring a `<meta charset>` when they are not UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None and not data.startswith((codecs.BOM_UTF16_LE,
                                                         codecs.BOM_UTF16_BE)):
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data, where)


def read_html(path: Path, data: bytes) -> Document:
    """Answer the `Document` of an HTML page: its main text, and its title as metadata."""
    page = html_to_text(decode_html(data, str(path)))
    return build_document(str(path), "html", page.text,
                          {"title": page.title} if page.title else {})
