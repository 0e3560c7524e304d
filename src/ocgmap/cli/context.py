"""State shared by the commands of one invocation: the store settings and output mode."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import click

from ocgmap.errors import ConfigError, ItemError, NodeNotFound, OcgmapError, RunError
from ocgmap.graph import open_store
from ocgmap.graph.store import GraphStore


@dataclass
class AppContext:
    """Options of the top-level command, and the store opened on first use."""

    store_url: str | None
    quiet: bool = False
    _store: GraphStore | None = field(default=None, repr=False)

    def store(self) -> GraphStore:
        """Answer the configured store, opening it on first use."""
        if self._store is None:
            self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None


class OcgmapGroup(click.Group):
    """A click group that turns ocgmap errors into one line on stderr and exit codes."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (RunError, ConfigError) as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)
        except (ItemError, NodeNotFound) as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except OcgmapError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except OSError as exc:  # e.g. an output folder that does not exist or is read-only
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(1)
        return None


def setup_logging(debug: bool) -> None:
    """Log to stderr: warnings by default, everything with --debug."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        logging.getLogger("neo4j").setLevel(logging.ERROR)


pass_app = click.make_pass_decorator(AppContext)
