"""Named investigator questions, with the same answers on Neo4j and the embedded store.

Each question is a function taking the store and names as an investigator types them
(or node ids) and answering typed results (`ocgmap.queries.results`):

>>> from ocgmap.graph.local import LocalStore
>>> from ocgmap.queries import search
>>> search(LocalStore(":memory:"), "Ardit Kola")
[]

Names are resolved by `resolve`: an unknown name raises `UnknownName` with "did you mean"
suggestions, a name shared by several entities raises `AmbiguousName`.
"""

from __future__ import annotations

from ocgmap.queries.evidence import evidence
from ocgmap.queries.filters import ReportFilter
from ocgmap.queries.identifiers import shared_identifiers
from ocgmap.queries.neighbourhood import neighbourhood
from ocgmap.queries.offenders import businesses_of, co_offenders, recruited_by, victims_of
from ocgmap.queries.paths import path, paths
from ocgmap.queries.places import through
from ocgmap.queries.resolve import AmbiguousName, UnknownName, resolve, search
from ocgmap.queries.timeline import timeline

__all__ = [
    "AmbiguousName",
    "ReportFilter",
    "UnknownName",
    "businesses_of",
    "co_offenders",
    "evidence",
    "neighbourhood",
    "path",
    "paths",
    "recruited_by",
    "resolve",
    "search",
    "shared_identifiers",
    "through",
    "timeline",
    "victims_of",
]
