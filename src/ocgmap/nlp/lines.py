"""Sentence starts from the layout of a report, set before the parser runs.

Reports are hard-wrapped at a fixed width, so a single line break is usually not a
sentence end, and spaCy's parser runs a header block ("Date: 12/03/2024", "Grading: B2P")
into the first sentence of the narrative. This component marks a sentence start (the
parser keeps preset starts) at the first token:

- after a blank line (a paragraph break);
- after a line that ends a sentence (".", "!", "?", optionally followed by a quote or
  bracket);
- after a short "Field: value" line (a header or log field);
- after a log heading that opens with capitals and has " - " fields ("SUSSEX POLICE INT
  ENTRY - 12/03/2024 - B2P - entered by DS Daniel ASHWORTH");
- at and after a table row (each row states its own facts).

Evidence sentences then hold the words of one statement, and relation patterns do not
reach across fields.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ocgmap.ingest.cleaning import is_table_row

_FIELD_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z /&()-]{0,30}:[ \t]*\S.{0,60}$")
_HEADING_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'&/]+(?:[ \t]+(?:[A-Z][A-Z'&/]+|[/&]))+\b.*[ \t][-–|][ \t]")
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*[ \t]*$")
#: Abbreviations whose full stop ends no sentence ("(approx. 55, blind in one eye)"); not
#: those before numbers ("Tel.", "No."), where the parser would break the number instead.
ABBREVIATIONS = frozenset({"approx", "c", "ca", "etc", "incl", "aka", "est", "e.g", "i.e",
                           "mr", "mrs", "ms", "dr", "det", "insp", "supt", "sgt", "cllr", "vs"})


def _row_ranges(text: str) -> list[tuple[int, int]]:
    """Answer the (start, end) offsets of the table rows of `text`, in order."""
    ranges, offset = [], 0
    for line in text.split("\n"):
        if is_table_row(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def _after_abbreviation(doc: Doc, i: int) -> bool:
    """Answer whether token `i` follows an abbreviation's full stop on the same paragraph."""
    j = i - 1
    if doc[j].is_space:
        if "\n\n" in doc[j].text:
            return False
        j -= 1
    return j >= 1 and doc[j].text == "." and doc[j - 1].lower_ in ABBREVIATIONS \
        and not doc[j - 1].whitespace_


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


@Language.factory("ocgmap_lines")
def make_lines(nlp: Language, name: str) -> LineStarts:
    """Build the layout sentence-start component."""
    return LineStarts()


class LineStarts:
    """Mark sentence starts at paragraph breaks, after sentence-final lines and fields."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        rows = _row_ranges(text)
        # one array write: setting `is_sent_start` token by token rescans the Doc each time
        starts = doc.to_array("SENT_START").astype("int64")
        for token in doc[1:]:
            row = bisect_right(rows, (token.idx, len(text))) - 1 if rows else -1
            if row >= 0 and rows[row][0] < token.idx < rows[row][1]:
                starts[token.i] = -1  # a table row is one statement
                continue
            previous = doc[token.i - 1]
            if (previous.text == "." or previous.is_space) and not token.is_space \
                    and _after_abbreviation(doc, token.i):
                starts[token.i] = -1  # "(approx. 55, blind in one eye)" goes on
                continue
            if token.is_space or not (previous.is_space and "\n" in previous.text):
                continue
            before = text[max(0, token.idx - 200):token.idx]
            stripped = before.rstrip()
            line = stripped.rsplit("\n", 1)[-1]
            if (before[len(stripped):].count("\n") > 1 or _SENTENCE_END.search(line)
                    or _FIELD_LINE.match(line) or _HEADING_LINE.match(line)
                    or is_table_row(line) or is_table_row(_line_at(text, token.idx))):
                starts[token.i] = 1
        if len(doc):
            doc.from_array("SENT_START", cast(Ints2d, starts.astype("uint64")))  # -1 wraps
        return doc
