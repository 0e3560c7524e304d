"""`ocgmap synth`: a synthetic world of groups, victims and reports, with its ground truth."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ocgmap.cli.context import AppContext
from ocgmap.cli.output import print_json, stderr
from ocgmap.synth.run import REPORTS_PER_GROUP, OutputExists, SynthParams, generate


@click.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--groups", "-g", type=click.IntRange(1, 5000), required=True,
              help="Number of organised crime groups.")
@click.option("--seed", "-s", type=int, required=True,
              help="Random seed: the same seed and options give byte-identical output.")
@click.option("--reports", "-r", type=click.IntRange(0, 10_000_000), default=None,
              help=f"Number of reports (default {REPORTS_PER_GROUP} per group).")
@click.option("--victims-per-group", "-v", type=click.IntRange(1, 500), default=10,
              show_default=True, help="Average number of victims per group.")
@click.option("--overwrite", is_flag=True,
              help="Replace reports/ and truth/ if OUT already has them.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def synth(out: Path, groups: int, seed: int, reports: int | None, victims_per_group: int,
          overwrite: bool, as_json: bool) -> None:
    """Write a synthetic world to OUT: reports in OUT/reports/ (at most 1,000 per folder)
    and the ground truth in OUT/truth/ (entities, groups, relations, mentions; see its
    README.md).

    Everything is fictional: names, streets, drama-range phone numbers, registrations and
    example.com e-mail addresses. Reports are generated and written one at a time, so
    100,000 of them need little memory.
    """
    app = click.get_current_context().find_object(AppContext)
    quiet = app.quiet if app is not None else False
    params = SynthParams(groups, seed, reports, victims_per_group)
    with _progress(params.report_count, quiet) as advance:
        try:
            summary = generate(out, params, overwrite=overwrite, progress=advance)
        except OutputExists as exc:
            raise click.UsageError(str(exc)) from exc
    if as_json:
        print_json(summary.as_dict())
        return
    click.echo(f"synth: {summary.groups} groups, {summary.entities:,} entities, "
               f"{summary.relations:,} relations, {summary.reports:,} reports, "
               f"{summary.mentions:,} mentions -> {summary.out} in {summary.seconds:.2f} s "
               f"(seed {summary.seed})")


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[int], None]]:
    """Answer a progress callback: a bar on a terminal, a line per 10% on other stderr."""
    started = time.perf_counter()

    def rate(done: int) -> str:
        return f"{done / max(time.perf_counter() - started, 1e-9):,.0f}/s"

    if quiet:
        yield lambda done: None
    elif stderr.is_terminal:
        with Progress(TextColumn("synth"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("reports"), TextColumn("{task.fields[rate]}"),
                      TimeElapsedColumn(), console=stderr, transient=True) as progress:
            task = progress.add_task("reports", total=total, rate="")
            yield lambda done: progress.update(task, completed=done, rate=rate(done))
    else:
        step = max(100, total // 10)

        def line(done: int) -> None:
            if done % step < 100 or done == total:
                click.echo(f"synth: {done:,}/{total:,} reports ({rate(done)})", err=True)

        yield line
