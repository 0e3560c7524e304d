"""Ingesting report documents: metadata, identity, versions, and a batch with bad files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from fpdf import FPDF

from ocgmap.graph.store import GraphStore
from ocgmap.ingest.run import ingest_paths

LOG = "Date: 12/03/2024\nGrading: B2P\n\nArdit KOLA (34) was seen driving AB12 CDE in Leeds.\n"
MD = """---
title: De-brief of a potential victim
date: 2024-05-02
grading: 2AC
operation: Juniper
---
She was recruited in Tirana with a false job offer.
"""


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    document = DocxDocument()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for input files (the local store lives beside it)."""
    made = tmp_path / "in"
    made.mkdir()
    return made


def test_reports_keep_text_and_normalised_metadata(store: GraphStore, folder: Path) -> None:
    tmp_path = folder
    (tmp_path / "log.txt").write_text(LOG, encoding="utf-8")
    (tmp_path / "debrief.md").write_text(MD, encoding="utf-8")
    summary = ingest_paths([tmp_path], store)
    assert summary.ok and len(summary.stored) == 2
    reports = {n.properties["format"]: n for n in store.subgraph(include_reports=True).nodes}
    log, md = reports["txt"], reports["md"]
    assert log.properties["date"] == "2024-03-12" and log.properties["grading"] == "B2P"
    assert "Ardit KOLA (34)" in str(log.properties["text"])
    assert log.properties["origin"] == str((tmp_path / "log.txt").resolve())
    assert md.name == "De-brief of a potential victim"
    assert md.properties["grading"] == "A2C" and md.properties["grading_system"] == "3x5x2"
    assert md.properties["operation"] == "Juniper"


def test_unchanged_skipped_and_changed_file_replaces_its_old_version(
        store: GraphStore, folder: Path) -> None:
    path = folder / "log.txt"
    path.write_text(LOG, encoding="utf-8")
    [first] = ingest_paths([path], store).stored
    again = ingest_paths([path], store)
    assert again.unchanged == [first] and again.stored == []
    path.write_text(LOG.replace("Leeds", "Bradford"), encoding="utf-8")
    changed = ingest_paths([path], store)
    [second] = changed.stored
    assert second != first and changed.replaced == [first]
    assert store.reports_from(str(path.resolve())) == [second]
    assert store.get_node(first) is None
    assert store.counts().nodes == {"Report": 1}


def test_a_bad_grading_rejects_that_report_only(store: GraphStore, folder: Path) -> None:
    (folder / "good.txt").write_text(LOG, encoding="utf-8")
    (folder / "bad.txt").write_text(LOG.replace("B2P", "Z9Q"), encoding="utf-8")
    summary = ingest_paths([folder], store)
    assert len(summary.stored) == 1
    [problem] = summary.rejected
    assert problem.where.endswith("bad.txt") and "grading" in problem.problem


def make_mixed_folder(folder: Path, good: int, bad: int) -> None:
    """`good` valid reports of every format and `bad` broken files of every kind."""
    makers = [
        lambda i: ("txt", f"Date: 0{1 + i % 9}/03/2024\nReport {i}: KOLA seen in Leeds.\n"
                   .encode()),
        lambda i: ("md", MD.replace("Tirana", f"Tirana ({i})").encode()),
        lambda i: ("txt", f"Report {i}: Müller met Zoë in Brno.\n".encode("latin-1")),
        lambda i: ("txt", f"Report {i}: UTF-16 note on KOLA.\n".encode("utf-16")),
        lambda i: ("html", f"<html><body><nav>Home</nav><article><p>Report {i}: the car"
                   f" wash on Ripple Road.</p></article></body></html>".encode()),
        lambda i: ("eml", f"From: a@example.org\nTo: b@example.org\nSubject: Report {i}\n"
                   f"Date: Tue, 12 Mar 2024 10:00:00 +0000\n\nKOLA was seen.\n".encode()),
        lambda i: ("pdf", pdf_bytes(f"Report {i}: a PDF case summary about KOLA.")),
        lambda i: ("docx", docx_bytes(f"Report {i}: a DOCX note about KOLA.")),
    ]
    for i in range(good):
        ext, data = makers[i % len(makers)](i)
        (folder / f"good_{i:04d}.{ext}").write_bytes(data)
    broken = [
        ("txt", b""),
        ("txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("txt", b"x" * 70_000),  # over the limit set below
        ("pdf", b"%PDF-1.4 this is not really a pdf"),
        ("docx", b"not a zip at all"),
        ("md", b"---\ntitle: [unclosed\n---\nbody\n"),
        ("txt", b"Grading: Q9Z\n\nA report with a bad grading.\n"),
        ("docx", _zip_without_document()),
        ("xyz", b"unknown format"),
        ("md", b"---\ndate: 31/31/2024\n---\nbody\n"),
    ]
    for i in range(bad):
        ext, data = broken[i % len(broken)]
        (folder / f"bad_{i:04d}.{ext}").write_bytes(data)


def _zip_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return out.getvalue()


@pytest.mark.slow
def test_a_thousand_mixed_files_with_fifty_bad_store_exactly_950(
        store: GraphStore, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCGMAP_MAX_FILE_MB", "0.05")
    make_mixed_folder(folder, good=950, bad=50)
    summary = ingest_paths([folder], store)
    assert summary.files == 1000
    assert len(summary.rejected) == 50
    assert all(p.where.split("/")[-1].startswith("bad_") for p in summary.rejected)
    assert all("\n" not in p.problem for p in summary.rejected)
    assert store.counts().nodes["Report"] == 950
    again = ingest_paths([folder], store)
    assert len(again.unchanged) == 950 and store.counts().nodes["Report"] == 950
