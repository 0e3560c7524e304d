"""Relations stated by tables: a column's header names the link between the row's subject
and the entity in that column ("| nominal | phone | employer |").

Readers give tables as rows of cells (`| a | b |` from Word, HTML and Markdown; tabs or
wide gaps from PDF). The first row of a table is its header when it names a column this
module knows. In each later row, the subject is the entity of the first subject column
("name", "nominal", "worker"…), else the first person, business or group named in a
column that names no link; every known column then links the subject to the entities of
its cell: "phone" → USES, "address" → LIVES_AT (LOCATED_AT for a business), "employer" →
EMPLOYED_BY, "recruited by" → RECRUITED from the cell to the subject, and so on. A
payments table ("from | to | amount") gives PAID from its payer to its payee column.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from ocgmap.ingest.cleaning import row_cells
from ocgmap.nlp import labels
from ocgmap.nlp.relargs import VICTIM_GROUP, Candidate, DocIndex

#: Confidence of a link stated by a table cell under a known header.
TABLE_CONFIDENCE = 0.7
#: Headers longer than this (in words) are prose, not column names.
HEADER_WORDS = 4

#: Column names of the row's subject.
SUBJECT_COLUMNS = frozenset({
    "name", "nominal", "subject", "suspect", "person", "individual", "offender", "worker",
    "victim", "employee", "full name", "surname", "business", "company", "premises",
    "trading name", "organisation"})

#: Column name -> (relation type, whether the cell's entity is the source).
LINK_COLUMNS: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(["phone", "phones", "mobile", "tel", "telephone", "phone number",
                     "mobile number", "number", "contact number", "handset",
                     "vehicle", "vehicles", "vrm", "registration", "reg", "car", "van",
                     "email", "e-mail", "email address"], ("USES", False)),
    **dict.fromkeys(["address", "home address", "addresses", "residence",
                     "accommodation", "lives at", "home", "current address"],
                    ("LIVES_AT", False)),
    **dict.fromkeys(["employer", "workplace", "place of work", "works at", "employed by",
                     "employment", "agency", "labour provider"], ("EMPLOYED_BY", False)),
    **dict.fromkeys(["group", "ocg", "network", "gang", "line", "member of", "crime group"],
                    ("MEMBER_OF", False)),
    **dict.fromkeys(["recruiter", "recruited by"], ("RECRUITED", True)),
    **dict.fromkeys(["transporter", "transported by", "driver", "driven by"],
                    ("TRANSPORTED", True)),
    **dict.fromkeys(["controller", "controlled by", "handler", "madam"], ("CONTROLS", True)),
    **dict.fromkeys(["exploiter", "exploited by", "trafficker", "trafficked by"],
                    ("EXPLOITED", True)),
    **dict.fromkeys(["owner", "owned by", "director", "directors", "proprietor"],
                    ("OWNS", True)),
    **dict.fromkeys(["associate", "associates", "known associates", "linked to",
                     "associated with", "contacts"], ("ASSOCIATE_OF", False)),
    **dict.fromkeys(["paid to", "payee", "beneficiary", "recipient"], ("PAID", False)),
    **dict.fromkeys(["paid by", "payer", "remitter", "sender"], ("PAID", True)),
}

#: Columns of a payments table: who paid and who was paid, with an amount column beside.
_PAYERS = frozenset({"from", "payer", "paid by", "remitter", "sender", "from account"})
_PAYEES = frozenset({"to", "payee", "paid to", "beneficiary", "recipient", "to account"})
_AMOUNTS = frozenset({"amount", "value", "sum", "amount (£)", "£", "total"})

_SUBJECT_LABELS = frozenset({labels.PERSON, labels.BUSINESS, labels.ORGANISATION,
                             VICTIM_GROUP})
_PREMISES_LABELS = frozenset({labels.BUSINESS, labels.ORGANISATION})
_SPACES = re.compile(r"\s+")


#: A table row: its cells as (start, end) character offsets into the Doc text.
_Row = list[tuple[int, int]]


def table_candidates(index: DocIndex) -> Iterator[Candidate]:
    """Answer the links the tables of the Doc state, row by row."""
    starts = [e.start_char for e in index.ents]  # in text order: cells find theirs by bisection
    for table in _tables(index.text):
        header = [column_name(index.text[a:b]) for a, b in table[0]]
        if not _is_header(header):
            continue
        for row in table[1:]:
            yield from _row_links(index, header, row, starts)


def column_name(cell: str) -> str:
    """Answer a header cell as a column name: lower case, single spaces, no trailing colon.

    >>> column_name(" Home  Address: ")
    'home address'
    """
    return _SPACES.sub(" ", cell.strip().strip("*_:").strip()).lower()


def _is_header(header: Sequence[str]) -> bool:
    known = [h for h in header if h in LINK_COLUMNS or h in SUBJECT_COLUMNS or h in _PAYERS]
    return bool(known) and all(len(h.split()) <= HEADER_WORDS for h in header)


def _tables(text: str) -> Iterator[list[_Row]]:
    """Answer the tables of `text`: runs of consecutive table rows (separators dropped)."""
    table: list[_Row] = []
    offset = 0
    for line in text.split("\n"):
        cells = row_cells(line)
        if cells is None:
            if len(table) > 1:
                yield table
            table = []
        elif cells:
            table.append([(offset + a, offset + b) for a, b in cells])
        offset += len(line) + 1
    if len(table) > 1:
        yield table


def _cell_ents(index: DocIndex, cell: tuple[int, int], starts: list[int]) -> list[int]:
    start, end = cell
    found = []
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        if index.ents[i].end_char <= end:
            found.append(i)
    return found


def _row_links(index: DocIndex, header: list[str], row: _Row,
               starts: list[int]) -> Iterator[Candidate]:
    if len(row) != len(header):
        return  # a ragged row: its columns cannot be trusted
    ents = [_cell_ents(index, cell, starts) for cell in row]
    first = next((e for cell in ents for e in cell), None)
    if first is None:
        return
    sentence = index.sent_of[index.ents[first].start]
    payers = [e for h, cell in zip(header, ents, strict=True) if h in _PAYERS for e in cell]
    payees = [e for h, cell in zip(header, ents, strict=True) if h in _PAYEES for e in cell]
    if any(h in _AMOUNTS for h in header) and payers and payees:
        for payer in payers:
            for payee in payees:
                yield Candidate("PAID", payer, payee, sentence, TABLE_CONFIDENCE, "table:paid")
        return
    subject = _subject(index, header, ents)
    if subject is None:
        return
    for name, cell in zip(header, ents, strict=True):
        link = LINK_COLUMNS.get(name)
        if link is None:
            continue
        rel_type, cell_is_source = link
        if rel_type == "LIVES_AT" and index.label(subject) in _PREMISES_LABELS:
            rel_type = "LOCATED_AT"
        for other in cell:
            if other == subject:
                continue
            source, target = (other, subject) if cell_is_source else (subject, other)
            yield Candidate(rel_type, source, target, sentence, TABLE_CONFIDENCE,
                            f"table:{name}")


def _subject(index: DocIndex, header: list[str], ents: list[list[int]]) -> int | None:
    """Answer the row's subject: the entity of its subject column, else the first person,
    business or group in a column that names no link."""
    columns = [c for c in zip(header, ents, strict=True) if c[0] in SUBJECT_COLUMNS]
    columns += [c for c in zip(header, ents, strict=True) if c[0] not in LINK_COLUMNS]
    for _, cell in columns:
        for ent in cell:
            if index.label(ent) in _SUBJECT_LABELS:
                return ent
    return None
