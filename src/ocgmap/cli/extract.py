"""`ocgmap extract FILE`: what one report says, without storing it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ocgmap.cli.output import print_json, stderr, table
from ocgmap.config import max_file_bytes
from ocgmap.ingest.reports import report_node
from ocgmap.ingest.run import read_report
from ocgmap.model import Extraction, ReportInfo

#: Longest evidence sentence shown in a table cell (the JSON has it whole).
SENTENCE_CHARS = 90


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print the extraction as JSON on stdout (the documented contract).")
@click.option("--model", metavar="NAME", default=None,
              help="spaCy model package or directory (default: the small English model).")
@click.option("--cooccurrence", is_flag=True,
              help="Also link people named in one sentence (ASSOCIATE_OF, low confidence, "
                   "marked basis: co-occurrence).")
def extract(file: Path, as_json: bool, model: str | None, cooccurrence: bool) -> None:
    """Extract the entities, links and routes of one report FILE and print them.

    Nothing is stored. Every link and route carries the sentence that supports it, with
    character offsets into the report text. Attachments of an e-mail are not included
    (ingest stores them as reports of their own).
    """
    from ocgmap.nlp.extract import extract_text  # spaCy loads only when it is needed
    from ocgmap.nlp.facts import pipeline_with

    document = read_report(file, max_file_bytes())
    report = report_node(document)
    nlp = pipeline_with(model, cooccurrence)
    found = extract_text(document.text, nlp, report.id)
    date = report.properties.get("date")
    grading = report.properties.get("grading")
    info = ReportInfo(id=report.id, title=str(report.properties.get("title") or ""),
                      date=dt.date.fromisoformat(date) if isinstance(date, str) else None,
                      grading=grading if isinstance(grading, str) else None)
    result = found.to_contract(info)
    for warning in found.warnings:
        stderr.print(f"warning: {file}: {warning}", markup=False, highlight=False)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        print_extraction(result)


def print_extraction(result: Extraction) -> None:
    """Print an extraction as three tables: entities, links and routes."""
    names = {e.id: e.name for e in result.entities}
    table(f"entities of {result.report.title or result.report.id}",
          ["type", "name", "roles", "aliases", "mentions"],
          [(e.type, e.name, ", ".join(e.roles), ", ".join(e.aliases), len(e.mentions))
           for e in result.entities])
    table("links", ["from", "link", "to", "confidence", "evidence"],
          [(names[r.source], r.type, names[r.target], f"{r.confidence:.2f}",
            _short(r.evidence.sentence)) for r in result.relations])
    table("routes", ["stops", "mode", "travellers", "evidence"],
          [(" → ".join(names[s] for s in r.stops), r.mode or "",
            ", ".join(names[t] for t in r.travellers), _short(r.evidence.sentence))
           for r in result.routes])


def _short(sentence: str) -> str:
    return sentence if len(sentence) <= SENTENCE_CHARS else sentence[:SENTENCE_CHARS - 1] + "…"
