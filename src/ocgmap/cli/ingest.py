"""`ocgmap ingest PATH…`: read files and folders into the store."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, stderr, table
from ocgmap.config import max_file_bytes
from ocgmap.ingest.reports import FactFinder
from ocgmap.ingest.run import IngestSummary, ingest_paths, iter_input_files
from ocgmap.resolve.service import StoreResolver
from ocgmap.resolve.suggest import REVIEW_SCORE


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract entities, links and routes from reports (else store the reports "
                   "alone; link records are stored either way).")
@click.option("--model", metavar="NAME", default=None,
              help="spaCy model package or directory (default: the small English model).")
@click.option("--cooccurrence", is_flag=True,
              help="Also link people named in one sentence (ASSOCIATE_OF, low confidence, "
                   "marked basis: co-occurrence).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many worker processes (each loads the model; worth it "
                   "for hundreds of reports).")
@click.option("--resolve/--no-resolve", "resolving", default=True, show_default=True,
              help="Resolve people and businesses across reports (see `ocgmap resolve`); "
                   "without it each is keyed by its name alone.")
@pass_app
def ingest(app: AppContext, paths: tuple[Path, ...], as_json: bool, extract: bool,
           model: str | None, cooccurrence: bool, jobs: int, resolving: bool) -> None:
    """Read reports (.txt .md .pdf .docx .html .eml) and link records (.csv .jsonl).

    PATHS are files or folders (read recursively). Each report is stored whole or not at
    all; an unchanged report is skipped; a changed file replaces the version stored from
    it. Bad files and records are listed with the reason and the rest are stored
    (exit code 1). Every entity and link extracted from a report keeps the sentence that
    supports it.
    """
    store = app.store()
    facts: FactFinder | None = None
    if extract:
        from ocgmap.nlp.facts import (  # spaCy loads only when it is needed
            ParallelFactFinder,
            fact_finder,
        )

        facts = (ParallelFactFinder(model, cooccurrence, jobs, max_file_bytes()) if jobs > 1
                 else fact_finder(model, cooccurrence))
    total = sum(1 for _ in iter_input_files(paths))
    started = time.perf_counter()
    reports = 0
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                  console=stderr, disable=app.quiet, transient=True) as progress:
        task = progress.add_task("files", total=total, rate="")

        def advance(_: Path, found: int) -> None:
            nonlocal reports
            reports += found
            rate = reports / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{reports} reports, {rate:,.0f}/s")

        try:
            writer = StoreResolver(store) if resolving else None
            summary = ingest_paths(paths, store, on_file=advance, facts=facts, writer=writer)
        finally:
            close = getattr(facts, "close", None)
            if close is not None:
                close()
    suggested = len(writer.suggestions(REVIEW_SCORE)) if writer is not None else 0
    stale = sum(1 for j in writer.judgements if writer.stale(j)) if writer is not None else 0
    if stale and not as_json:
        click.echo(f"{stale} judgements name records no longer stored and are not applied: "
                   "ocgmap resolve history", err=True)
    _report(summary, as_json, app.quiet, time.perf_counter() - started, suggested)
    if not summary.ok:
        click.get_current_context().exit(1)


def _report(summary: IngestSummary, as_json: bool, quiet: bool, seconds: float,
            suggested: int) -> None:
    if as_json:
        print_json({"files": summary.files, "records": summary.records,
                    "stored": summary.stored, "unchanged": summary.unchanged,
                    "replaced": summary.replaced, "seconds": round(seconds, 3),
                    "merge_suggestions": suggested,
                    "rejected": [{"where": e.where, "problem": e.problem}
                                 for e in summary.rejected]})
        return
    for problem in summary.rejected:
        click.echo(f"rejected {problem.where}: {problem.problem}", err=True)
    if not quiet:
        done = len(summary.stored) + len(summary.unchanged)
        table("ingest", ["files", "records", "reports stored", "unchanged", "replaced",
                         "rejected", "reports/s"],
              [(summary.files, summary.records, len(summary.stored), len(summary.unchanged),
                len(summary.replaced), len(summary.rejected),
                f"{done / max(seconds, 1e-9):,.0f}")])
        if suggested:
            click.echo(f"{suggested} suggested merges to review: ocgmap resolve suggestions",
                       err=True)
