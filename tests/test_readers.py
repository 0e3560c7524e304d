"""Report readers: one per format, chosen by extension and content; clean text and metadata."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from ocgmap.errors import ItemError
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers import SUPPORTED_EXTENSIONS, read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def read(tmp_path: Path, name: str, data: bytes) -> Document:
    """Write `data` as `name` under `tmp_path` and read it back as a report."""
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path, path.read_bytes())


def rejection(tmp_path: Path, name: str, data: bytes) -> ItemError:
    """Answer the `ItemError` reading `name` raises, checking it names the file in one line."""
    with pytest.raises(ItemError) as caught:
        read(tmp_path, name, data)
    error = caught.value
    assert name in error.where
    assert error.problem and "\n" not in error.problem
    return error


def flat(text: str) -> str:
    return " ".join(text.split())


# ----------------------------------------------------------------------------- builders

def make_pdf(pages: list[str], title: str | None = None, author: str | None = None) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def make_blank_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a shape, as a scan's image would be: no text
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str, owner_password: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    # RC4 needs no optional crypto package; the reader's behaviour is the same for AES.
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None,
              title: str = "", author: str = "") -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        document.add_paragraph("After the table.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_email(body: str | None = "Sarah,\n\nDOKA was arrested at Coquelles.\n\nClaire",
               html: str | None = None,
               attachments: tuple[tuple[str, bytes, str], ...] = (),
               message_id: str | None = "<20240618.5521@example.org>") -> bytes:
    message = EmailMessage()
    message["From"] = "Claire Bennett <claire.bennett@example.org>"
    message["To"] = "Sarah Holloway <sarah.holloway@example.com>"
    message["Cc"] = "Intelligence Desk <intel.desk@example.com>"
    message["Subject"] = "OP TALLOW - arrest of DOKA"
    message["Date"] = "Tue, 18 Jun 2024 23:42:17 +0200"
    if message_id:
        message["Message-ID"] = message_id
    if body is not None:
        message.set_content(body)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for filename, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)


# ----------------------------------------------------------------------------- plain text

LOG = ("KENT POLICE - INTELLIGENCE LOG\n"
       "Date: 14/03/2024\n"
       "GRADING: B2P\n"
       "source:   Border Force   search team\n"
       "Operation: TALLOW  |  Author: PC James ROWE\n"
       "\n"
       "Three women were found in a lorry at Dover. Bigz 07700 900123.\n"
       "Date: 01/01/1999\n")


def test_txt_header_lines_become_metadata_as_written(tmp_path: Path) -> None:
    document = read(tmp_path, "log.txt", LOG.encode())
    assert document.format == "txt"
    assert document.metadata == {"date": "14/03/2024", "grading": "B2P",
                                 "source": "Border Force search team",
                                 "operation": "TALLOW", "author": "PC James ROWE"}


def test_txt_text_keeps_its_header_lines(tmp_path: Path) -> None:
    document = read(tmp_path, "log.txt", LOG.encode())
    assert document.text.startswith("KENT POLICE - INTELLIGENCE LOG\nDate: 14/03/2024\n")
    assert "Three women were found in a lorry at Dover." in document.text


def test_txt_fields_share_a_line_but_values_keep_inner_gaps(tmp_path: Path) -> None:
    text = ("Date: 24/07/2024   Grading: B2P   Officer: Neil FORBES\n"
            "Title: Pop-up brothel  Reading\n\nBody.")
    metadata = read(tmp_path, "log.txt", text.encode()).metadata
    assert metadata == {"date": "24/07/2024", "grading": "B2P",
                        "title": "Pop-up brothel Reading"}


def test_txt_without_headers_has_no_metadata(tmp_path: Path) -> None:
    document = read(tmp_path, "log.txt", b"11/05/2024 ANPR hit on LD69 WKA. Grading C3P.")
    assert document.metadata == {}


@pytest.mark.parametrize(("encoding", "bom"), [("latin-1", b""), ("cp1252", b""),
                                               ("utf-16-le", b"\xff\xfe"),
                                               ("utf-16-be", b"\xfe\xff")])
def test_txt_in_legacy_and_utf16_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "Date: 30/06/2024\n\nLoredana VASILE paid £1,500 in Constanța café."
    if encoding in ("latin-1", "cp1252"):
        text = text.replace("ț", "t")
    document = read(tmp_path, "intel.txt", bom + text.encode(encoding))
    assert document.text == text
    assert document.metadata["date"] == "30/06/2024"


def test_a_byte_order_mark_on_text_of_another_encoding_is_rejected(tmp_path: Path) -> None:
    problem = rejection(tmp_path, "odd.md", b"\xff\xfe\x00").problem
    assert "UTF-16 byte-order mark" in problem and "not valid" in problem


def test_empty_and_binary_txt_are_rejected(tmp_path: Path) -> None:
    assert "empty" in rejection(tmp_path, "empty.txt", b"  \n\n").problem
    assert "binary" in rejection(tmp_path, "blob.txt", b"\x00\x01\x02\x03abc").problem


# ----------------------------------------------------------------------------- markdown

MD = """---
title: "Debrief - Tottenham boy (15)"
date: 2024-02-06
source: Haringey Council
author: Daniel Okafor
operation: FLINTLOCK
grading: B3C
tags: [county lines]
---

# Debrief

**Young person:** T., male, 15. He met "Smokey" outside the PRU.

| deduction | weekly |
|---|---|
| rent | £95 |
"""


def test_markdown_front_matter_becomes_metadata(tmp_path: Path) -> None:
    document = read(tmp_path, "debrief.md", MD.encode())
    assert document.format == "md"
    assert document.metadata == {"title": "Debrief - Tottenham boy (15)",
                                 "date": "2024-02-06", "source": "Haringey Council",
                                 "author": "Daniel Okafor", "operation": "FLINTLOCK",
                                 "grading": "B3C"}


def test_markdown_body_is_kept_as_source_without_front_matter(tmp_path: Path) -> None:
    document = read(tmp_path, "debrief.markdown", MD.encode())
    assert document.text.startswith("# Debrief\n\n**Young person:** T., male, 15.")
    assert "FLINTLOCK" not in document.text and "---\n" not in document.text
    (start, end), = document.table_spans
    assert document.text[start:end] == "| deduction | weekly |\n|---|---|\n| rent | £95 |"


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    document = read(tmp_path, "note.md", b"Plain *note* about Ardit KOLA.")
    assert document.metadata == {}
    assert document.text == "Plain *note* about Ardit KOLA."


def test_markdown_non_string_values_become_strings(tmp_path: Path) -> None:
    text = "---\ntitle: 42\ndate: 2024-03-12 10:30:00\ngrading: B2P\n---\nBody"
    metadata = read(tmp_path, "note.md", text.encode()).metadata
    assert metadata == {"title": "42", "date": "2024-03-12", "grading": "B2P"}


def test_broken_yaml_front_matter_is_rejected_with_its_line(tmp_path: Path) -> None:
    text = "---\ntitle: Debrief\ndate: [2024-02-06\nsource: x\n---\nBody"
    error = rejection(tmp_path, "broken.md", text.encode())
    assert error.problem.startswith("invalid YAML front matter: ")
    assert "line" in error.problem


def test_front_matter_that_is_not_a_mapping_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, "list.md", b"---\n- one\n- two\n---\nBody")
    assert error.problem.startswith("invalid YAML front matter: ")
    assert "mapping" in error.problem


# ----------------------------------------------------------------------------- PDF

def test_pdf_text_pages_and_properties(tmp_path: Path) -> None:
    data = make_pdf(["Date: 08/07/2024\nGrading: B2P\n\nGabriel DUMITRU drove CT 19 GDU.",
                     "Page two names Florin STOICA."],
                    title="Minibus arrivals", author="Border Force South East")
    document = read(tmp_path, "assessment.pdf", data)
    assert document.format == "pdf"
    assert "Gabriel DUMITRU drove CT 19 GDU." in document.text
    assert document.text.endswith("CT 19 GDU.\n\nPage two names Florin STOICA.")
    assert document.metadata == {"title": "Minibus arrivals",
                                 "author": "Border Force South East",
                                 "date": "08/07/2024", "grading": "B2P"}


def test_pdf_table_keeps_its_columns_and_gets_a_span(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Crossings by the minibus are listed below.")
    with pdf.table() as table:
        for values in (("Date", "Passengers", "Destination"),
                       ("14/01/2024", "11 men", "London Victoria"),
                       ("11/02/2024", "9 men", "Manchester")):
            row = table.row()
            for value in values:
                row.cell(value)
    document = read(tmp_path, "table.pdf", bytes(pdf.output()))
    (start, end), = document.table_spans
    assert flat(document.text[start:end]).startswith("Date Passengers Destination 14/01/2024")
    assert "Crossings by the minibus" in document.text[:start]


def test_password_protected_pdf_is_rejected(tmp_path: Path) -> None:
    data = encrypt_pdf(make_pdf(["Secret text."]), "s3cret")
    assert rejection(tmp_path, "locked.pdf", data).problem == "password-protected PDF"


def test_pdf_encrypted_only_against_editing_is_read(tmp_path: Path) -> None:
    data = encrypt_pdf(make_pdf(["Readable text."]), "", owner_password="owner")
    assert read(tmp_path, "restricted.pdf", data).text == "Readable text."


def test_scanned_pdf_without_text_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, "scan.pdf", make_blank_pdf())
    assert error.problem == "scanned PDF with no text layer (OCR it first)"


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n",
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n",
    b"%PDF-1.4\n" + bytes(range(256)) * 20,
])
def test_corrupt_pdf_is_rejected_quietly(tmp_path: Path, data: bytes,
                                         capfd: pytest.CaptureFixture[str],
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    error = rejection(tmp_path, "broken.pdf", data)
    assert error.problem.startswith("corrupt PDF (")
    assert capfd.readouterr().err == ""
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_truncated_pdf_is_read_or_rejected_never_crashes(tmp_path: Path) -> None:
    data = make_pdf(["First page text.", "Second page text."])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            read(tmp_path, "cut.pdf", data[:cut])
        except ItemError as error:
            assert "\n" not in error.problem


# ----------------------------------------------------------------------------- DOCX

def test_docx_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    data = make_docx(["Financial Intelligence Report", "Grading: B2P",
                      "MALIK, Tariq (41) is the sole director of Swiftline."],
                     table=[["Period", "Counterparty", "Amount"],
                            ["06/2023", "NGUYEN Van Hung", "£612,400"]],
                     title="Swiftline report", author="Karen Whitfield")
    document = read(tmp_path, "report.docx", data)
    assert document.format == "docx"
    assert document.metadata == {"title": "Swiftline report", "author": "Karen Whitfield",
                                 "grading": "B2P"}
    assert "MALIK, Tariq (41) is the sole director of Swiftline." in document.text
    (start, end), = document.table_spans
    assert document.text[start:end] == ("| Period | Counterparty | Amount |\n"
                                        "| 06/2023 | NGUYEN Van Hung | £612,400 |")
    assert document.text.endswith("After the table.")


def test_docx_default_author_is_not_metadata(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body.")
    out = io.BytesIO()
    document.save(out)
    assert "author" not in read(tmp_path, "plain.docx", out.getvalue()).metadata


def test_docx_that_is_not_a_zip_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, "fake.docx", b"just some text, not a document")
    assert error.problem == "not a DOCX file (not a zip archive)"


def test_zip_without_word_document_is_rejected(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes/readme.txt", "hello")
    error = rejection(tmp_path, "archive.docx", out.getvalue())
    assert error.problem == "not a DOCX file (no word/document.xml)"


def test_encrypted_or_legacy_word_file_is_rejected(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    error = rejection(tmp_path, "locked.docx", data)
    assert error.problem == "password-protected or legacy Word file"


def test_docx_with_broken_xml_is_rejected(tmp_path: Path) -> None:
    good = make_docx(["Body."])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document" if item.filename == "word/document.xml"
                            else data)
    assert rejection(tmp_path, "broken.docx", out.getvalue()).problem.startswith(
        "corrupt DOCX (")


# ----------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Ace line dealers jailed | Courier</title>
<script>var tracker = "ANALYTICS-SECRET";</script><style>p { color: red }</style></head>
<body>
<header class="site-header"><nav><a href="/">Home</a><a href="/sport">Sport pages</a></nav>
  <div class="breadcrumb">News &gt; Crime</div></header>
<div id="cookie-consent">We use cookies to improve the site</div>
<main><article>
  <h1>Ace line dealers jailed</h1>
  <p>Jermaine Campbell, 23, of Tottenham, was known as "Ace".<br>He was jailed.</p>
  <!-- editor: check the spelling of Campbell -->
  <table><tr><th>Name</th><th>Sentence</th></tr><tr><td>Campbell</td><td>9 years</td></tr>
  </table>
  <p>Jordan Whyte used the nickname <b>"Smokey"</b>.</p>
</article>
<aside class="related"><h2>Related stories</h2><a href="/x">Pier events</a></aside>
<div class="share-buttons">Share on Facebook</div>
</main>
<footer><p>All rights reserved. Privacy policy</p></footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_page_furniture(tmp_path: Path) -> None:
    document = read(tmp_path, "story.html", PAGE.encode())
    assert document.format == "html"
    assert document.metadata == {"title": "Ace line dealers jailed | Courier"}
    text = document.text
    assert "Jermaine Campbell, 23, of Tottenham, was known as \"Ace\".\nHe was jailed." in text
    assert 'Jordan Whyte used the nickname "Smokey".' in text
    for furniture in ("Home", "Sport pages", "Crime", "cookies", "Related stories",
                      "Pier events", "Share on Facebook", "All rights reserved"):
        assert furniture not in text


def test_html_never_keeps_markup_script_or_comments(tmp_path: Path) -> None:
    text = read(tmp_path, "story.htm", PAGE.encode()).text
    for leftover in ("<", ">", "ANALYTICS-SECRET", "color: red", "editor: check"):
        assert leftover not in text


def test_html_blocks_are_paragraphs_and_tables_are_rows(tmp_path: Path) -> None:
    document = read(tmp_path, "story.html", PAGE.encode())
    assert document.text.startswith("Ace line dealers jailed\n\nJermaine Campbell")
    (start, end), = document.table_spans
    assert document.text[start:end] == "| Name | Sentence |\n| Campbell | 9 years |"


def test_html_without_main_uses_body_and_honours_meta_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1251"></head><body>'
            '<div class="menu">Menu</div><p>Иван Петров, водитель.</p></body></html>')
    document = read(tmp_path, "ru.html", page.encode("windows-1251"))
    assert document.text == "Иван Петров, водитель."
    assert document.metadata == {}


def test_html_with_no_text_is_rejected(tmp_path: Path) -> None:
    page = b"<html><body><nav>Home</nav><script>x()</script></body></html>"
    assert rejection(tmp_path, "empty.html", page).problem == "no readable text"
    assert rejection(tmp_path, "blank.htm", b" \n").problem == "empty file"


# ----------------------------------------------------------------------------- e-mail

def test_email_headers_become_metadata_and_body_the_text(tmp_path: Path) -> None:
    document = read(tmp_path, "message.eml", make_email())
    assert document.format == "eml"
    assert document.text == (
        "From: Claire Bennett <claire.bennett@example.org>\n"
        "To: Sarah Holloway <sarah.holloway@example.com>\n"
        "Cc: Intelligence Desk <intel.desk@example.com>\n"
        "Subject: OP TALLOW - arrest of DOKA\n\n"
        "Sarah,\n\nDOKA was arrested at Coquelles.\n\nClaire")
    assert document.metadata == {
        "from": "Claire Bennett <claire.bennett@example.org>",
        "to": "Sarah Holloway <sarah.holloway@example.com>",
        "cc": "Intelligence Desk <intel.desk@example.com>",
        "subject": "OP TALLOW - arrest of DOKA", "title": "OP TALLOW - arrest of DOKA",
        "date": "2024-06-18", "message_id": "20240618.5521@example.org"}


def test_email_prefers_plain_text_over_html(tmp_path: Path) -> None:
    data = make_email(body="Plain version.", html="<p>HTML <b>version</b>.</p>")
    assert read(tmp_path, "both.eml", data).text.endswith("\n\nPlain version.")


def test_html_only_email_is_read_through_the_html_reader(tmp_path: Path) -> None:
    data = make_email(body=None, html="<nav>Menu</nav><p>Only <b>HTML</b> here.</p>"
                                      "<script>alert(1)</script>")
    assert read(tmp_path, "html.eml", data).text.endswith("\n\nOnly HTML here.")


def test_email_attachments_become_documents(tmp_path: Path) -> None:
    pdf = make_pdf(["Assessment of DOKA's phone contacts."], title="Phone download")
    data = make_email(attachments=(("contacts.pdf", pdf, "application/pdf"),
                                   ("setup.exe", EXE, "application/octet-stream")))
    document = read(tmp_path, "message.eml", data)
    assert document.metadata["skipped_attachments"] == "1"
    (attachment,) = document.attachments
    assert attachment.origin == f"{tmp_path / 'message.eml'}#attachment-1-contacts.pdf"
    assert attachment.format == "pdf"
    assert attachment.text == "Assessment of DOKA's phone contacts."
    assert attachment.metadata == {"title": "Phone download",
                                   "parent": "20240618.5521@example.org",
                                   "date": "2024-06-18"}


def test_a_bad_attachment_does_not_sink_the_email(tmp_path: Path) -> None:
    data = make_email(message_id=None,
                      attachments=(("broken.pdf", b"%PDF-1.7\n", "application/pdf"),
                                   ("note.txt", b"Date: 01/06/2024\nSeen at Calais.",
                                    "text/plain")))
    document = read(tmp_path, "message.eml", data)
    assert "\n\nSarah,\n" in document.text
    assert document.metadata["skipped_attachments"] == "1"
    (note,) = document.attachments
    assert note.text == "Date: 01/06/2024\nSeen at Calais."
    assert note.metadata == {"date": "01/06/2024", "parent": str(tmp_path / "message.eml")}


def test_email_with_only_an_attachment_is_kept_for_it(tmp_path: Path) -> None:
    data = make_email(body="", attachments=(("n.txt", b"Seen at Calais.", "text/plain"),))
    document = read(tmp_path, "forward.eml", data)
    assert document.text == ""
    assert [a.text for a in document.attachments] == ["Seen at Calais."]


def test_eml_without_headers_is_rejected(tmp_path: Path) -> None:
    error = rejection(tmp_path, "note.eml", b"\nJust a body, no headers at all.")
    assert error.problem == "not an e-mail message (no headers)"


# ----------------------------------------------------------------------------- registry

def test_supported_extensions() -> None:
    expected = {".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm", ".eml"}
    assert expected == SUPPORTED_EXTENSIONS


def test_unknown_extension_is_rejected_with_the_supported_list(tmp_path: Path) -> None:
    error = rejection(tmp_path, "report.xyz", b"text")
    assert error.problem.startswith("unsupported file type '.xyz'; supported: ")
    assert ".docx" in error.problem and ".csv" not in error.problem


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    assert read(tmp_path, "LOG.TXT", b"Seen at Dover.").format == "txt"


@pytest.mark.parametrize(("name", "build", "expected"), [
    ("misnamed.txt", lambda: make_pdf(["A PDF named .txt."]), "pdf"),
    ("misnamed.md", lambda: make_docx(["A DOCX named .md."]), "docx"),
    ("misnamed.txt", lambda: PAGE.encode(), "html"),
    ("misnamed.txt", lambda: make_email(), "eml"),
    ("misnamed.html", lambda: make_email(), "eml"),
    ("misnamed.pdf", lambda: make_docx(["A DOCX named .pdf."]), "docx"),
])
def test_content_that_contradicts_the_extension_is_read_as_what_it_is(
        tmp_path: Path, name: str, build: object, expected: str) -> None:
    assert callable(build)
    assert read(tmp_path, name, build()).format == expected


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("photo.txt", PNG, "content is a PNG image, not .txt"),
    ("photo.pdf", PNG, "content is a PNG image, not .pdf"),
    ("setup.md", EXE, "content is a Windows program, not .md"),
    ("photo.docx", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "content is a JPEG image, not .docx"),
])
def test_unsupported_content_behind_a_supported_name_is_rejected(
        tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    assert rejection(tmp_path, name, data).problem == problem


def test_text_that_mentions_a_pdf_header_stays_plain_text(tmp_path: Path) -> None:
    note = b"Seized laptop held forged payslips (files start %PDF-1.4) for KOLA."
    assert read(tmp_path, "note.txt", note).format == "txt"


def test_memo_style_log_starting_with_from_stays_plain_text(tmp_path: Path) -> None:
    memo = b"From: DS Daniel ASHWORTH\nTo: Intel desk\nDate: 12/03/2024\n\nKOLA seen at Dover."
    document = read(tmp_path, "memo.txt", memo)
    assert document.format == "txt"
    assert document.text.startswith("From: DS Daniel ASHWORTH")


# ----------------------------------------------------------------------------- samples

REPORT_FILES = sorted((SAMPLES / "reports").iterdir())


@pytest.mark.parametrize("path", REPORT_FILES, ids=[p.name for p in REPORT_FILES])
def test_sample_reports_keep_their_content(path: Path) -> None:
    document = read_document(path, path.read_bytes())
    assert document.text.strip()
    assert document.format == {".markdown": "md", ".htm": "html"}.get(
        path.suffix, path.suffix[1:])
    gold = json.loads((SAMPLES / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))
    mentions = [m for entity in gold["entities"] for m in entity["mentions"]]
    haystack = document.text
    if document.format in ("eml", "md"):  # names in headers and front matter count too
        haystack += "\n" + "\n".join(document.metadata.values())
    if document.format in ("html", "pdf", "docx"):
        haystack, mentions = flat(haystack), [flat(m) for m in mentions]
    found = [m for m in mentions if m in haystack]
    assert len(found) >= 0.95 * len(mentions), sorted(set(mentions) - set(found))


def test_sample_metadata_is_read() -> None:
    def meta(name: str) -> dict[str, str]:
        path = SAMPLES / "reports" / name
        return read_document(path, path.read_bytes()).metadata

    assert meta("log_001.txt") == {"date": "14/03/2024", "grading": "B2P"}
    assert meta("debrief_cl_boy.md")["date"] == "2024-02-06"
    assert meta("coach_assessment.pdf")["grading"] == "B2P"
    assert meta("email_nca_calais.eml")["message_id"] == "20240618094217.5521@example.org"
    assert meta("ace_line_court.html")["title"].startswith("'Ace line' drug dealers jailed")
