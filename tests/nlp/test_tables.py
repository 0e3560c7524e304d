"""Relations stated by tables: the column header names the link of each row."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from spacy.language import Language
from spacy.tokens import Doc

from ocgmap.ingest.cleaning import row_cells
from ocgmap.ingest.readers import read_document
from ocgmap.nlp.relations import relations_of

NOMINALS = """Nominals of interest:

| Name | Phone | Address | Employer | Recruited by |
|---|---|---|---|---|
| Maria POPA | 07700 900511 | 12 Abbey Road, Spalding | Fresh Fields Packing Ltd | Ion RUSU |
| Elena DUMA | 07700 900512 | 14 Abbey Road, Spalding | Fenland Agri Services Ltd | Ion RUSU |
"""


def links(doc: Doc) -> set[tuple[str, str, str]]:
    """Answer the (type, source, target) of every relation of `doc`."""
    return {(r.type, r.source.text, r.target.text) for r in relations_of(doc)}


def test_each_column_links_the_row_subject_as_its_header_says(nlp: Language) -> None:
    found = links(nlp(NOMINALS))
    assert {("USES", "Maria POPA", "07700 900511"),
            ("LIVES_AT", "Maria POPA", "12 Abbey Road, Spalding"),
            ("EMPLOYED_BY", "Maria POPA", "Fresh Fields Packing Ltd"),
            ("RECRUITED", "Ion RUSU", "Maria POPA"),
            ("EMPLOYED_BY", "Elena DUMA", "Fenland Agri Services Ltd")} <= found


def test_a_row_never_links_to_another_rows_cells(nlp: Language) -> None:
    found = links(nlp(NOMINALS))
    assert ("EMPLOYED_BY", "Maria POPA", "Fenland Agri Services Ltd") not in found
    assert ("USES", "Elena DUMA", "07700 900511") not in found


def test_each_row_is_the_evidence_of_its_links(nlp: Language) -> None:
    stated = [r for r in relations_of(nlp(NOMINALS)) if r.rule.startswith("table:")]
    assert len(stated) >= 8
    for relation in stated:
        row = relation.sentence.text.strip()
        assert row.startswith("| ") and row.endswith(" |") and "\n" not in row
        assert relation.source.text in row and relation.target.text in row


def test_a_payments_table_pays_from_the_payer_to_the_payee(nlp: Language) -> None:
    doc = nlp("| Date | From | To | Amount |\n|---|---|---|---|\n"
              "| 12/03/2024 | Andrei LUPU | Marius DUMITRU | £400 |\n")
    assert ("PAID", "Andrei LUPU", "Marius DUMITRU") in links(doc)


def test_a_journey_table_is_no_payment(nlp: Language) -> None:
    doc = nlp("| Date | From | To | Traveller |\n|---|---|---|---|\n"
              "| 12/03/2024 | Calais | Dover | Andrei LUPU |\n")
    assert not [r for r in relations_of(doc) if r.type == "PAID"]


def test_tab_separated_rows_are_tables_too(nlp: Language) -> None:
    doc = nlp("Name\tMobile\tEmployer\nIon RUSU\t07700 900513\tQuick Clean Ltd\n")
    assert {("USES", "Ion RUSU", "07700 900513"),
            ("EMPLOYED_BY", "Ion RUSU", "Quick Clean Ltd")} <= links(doc)


def test_a_ragged_row_links_nothing(nlp: Language) -> None:
    doc = nlp("| Name | Phone | Employer |\n|---|---|---|\n"
              "| Ion RUSU | 07700 900513 |\n"
              "| Elena DUMA | 07700 900512 | Quick Clean Ltd |\n")
    stated = {(r.source.text, r.target.text) for r in relations_of(doc)
              if r.rule.startswith("table:")}
    assert stated == {("Elena DUMA", "07700 900512"), ("Elena DUMA", "Quick Clean Ltd")}


def test_a_word_table_is_read_by_its_header(nlp: Language) -> None:
    document = docx.Document()
    document.add_paragraph("Workers found at the site.")
    grid = document.add_table(rows=2, cols=3)
    for column, (head, value) in enumerate([("Worker", "Petra KOVAC"),
                                            ("Employer", "Blue Lagoon Massage Ltd"),
                                            ("Controlled by", "Marius DUMITRU")]):
        grid.cell(0, column).text = head
        grid.cell(1, column).text = value
    out = io.BytesIO()
    document.save(out)
    text = read_document(Path("site.docx"), out.getvalue()).text
    found = links(nlp(text))
    assert {("EMPLOYED_BY", "Petra KOVAC", "Blue Lagoon Massage Ltd"),
            ("CONTROLS", "Marius DUMITRU", "Petra KOVAC")} <= found


def test_row_cells_keep_empty_cells_and_escaped_pipes() -> None:
    line = r"| KOLA, Ardit | | a \| b |"
    assert [line[a:b] for a, b in row_cells(line) or []] == ["KOLA, Ardit", "", r"a \| b"]
    assert row_cells("|---|---|") == []
    assert row_cells("Ardit KOLA drove the van.") is None
