"""`ocgmap ingest PATH…`: read files and folders into the store."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, stderr, table
from ocgmap.ingest.run import IngestSummary, ingest_paths, iter_input_files


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@pass_app
def ingest(app: AppContext, paths: tuple[Path, ...], as_json: bool) -> None:
    """Read report and link-record files (or folders of them) into the store.

    Each report is stored whole or not at all; an unchanged report is skipped. Bad files
    and records are listed with the reason and the rest are stored (exit code 1).
    """
    store = app.store()
    total = sum(1 for _ in iter_input_files(paths))
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=stderr, disable=app.quiet, transient=True) as progress:
        task = progress.add_task("files", total=total)
        summary = ingest_paths(paths, store, on_file=lambda _: progress.advance(task))
    _report(summary, as_json, app.quiet)
    if not summary.ok:
        click.get_current_context().exit(1)


def _report(summary: IngestSummary, as_json: bool, quiet: bool) -> None:
    if as_json:
        print_json({"files": summary.files, "records": summary.records,
                    "stored": summary.stored, "unchanged": summary.unchanged,
                    "rejected": [{"where": e.where, "problem": e.problem}
                                 for e in summary.rejected]})
        return
    for problem in summary.rejected:
        click.echo(f"rejected {problem.where}: {problem.problem}", err=True)
    if not quiet:
        table("ingest", ["files", "records", "reports stored", "unchanged", "rejected"],
              [(summary.files, summary.records, len(summary.stored), len(summary.unchanged),
                len(summary.rejected))])
