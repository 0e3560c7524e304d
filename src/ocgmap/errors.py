"""One error hierarchy.

`ItemError`s concern one input (a file, a row, a report): the run records them, skips the
item and goes on. `RunError`s concern the whole run (configuration, an unreachable store):
the run stops. The CLI maps them to exit codes 1 and 2.
"""

from __future__ import annotations


class OcgmapError(Exception):
    """Base of every error ocgmap raises on purpose."""


class ItemError(OcgmapError):
    """One input item is bad; skip it, record why, continue with the rest."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class SchemaError(ItemError):
    """A label, relationship type or endpoint that the graph schema does not allow."""


class RunError(OcgmapError):
    """The run cannot go on (bad configuration, store unreachable)."""


class ConfigError(RunError):
    """A setting is missing or invalid."""


class StoreUnavailable(RunError):
    """The graph store cannot be reached or refuses our credentials."""


class NodeNotFound(OcgmapError):
    """No node has the given id or name."""
