"""The `ocgmap` command group: global options and the subcommands."""

from __future__ import annotations

import click

from ocgmap import __version__
from ocgmap.cli.analyse import analyse
from ocgmap.cli.context import AppContext, OcgmapGroup, setup_logging
from ocgmap.cli.cypher import cypher
from ocgmap.cli.demo import demo
from ocgmap.cli.export import export
from ocgmap.cli.extract import extract
from ocgmap.cli.ingest import ingest
from ocgmap.cli.query import query, stats
from ocgmap.cli.resolve import resolve
from ocgmap.cli.synth import synth


@click.group(cls=OcgmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="OCGMAP_STORE", metavar="PATH|URI",
              help="Local store file, or a bolt:// / neo4j:// URI (credentials from "
                   "NEO4J_USERNAME / NEO4J_PASSWORD). Default: $NEO4J_URI, else ./ocgmap.db.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr.")
@click.option("--debug", is_flag=True, help="Verbose logs on stderr (may include report text).")
@click.version_option(__version__, prog_name="ocgmap")
@click.pass_context
def cli(ctx: click.Context, store: str | None, quiet: bool, debug: bool) -> None:
    """ocgmap: intelligence reports about human trafficking as a knowledge graph."""
    setup_logging(debug)
    app = AppContext(store, quiet)
    ctx.obj = app
    ctx.call_on_close(app.close)


cli.add_command(ingest)
cli.add_command(extract)
cli.add_command(query)
cli.add_command(cypher)
cli.add_command(stats)
cli.add_command(demo)
cli.add_command(export)
cli.add_command(synth)
cli.add_command(analyse)
cli.add_command(resolve)


def main() -> None:
    """Run the command line (the `ocgmap` console script)."""
    cli(prog_name="ocgmap")
