"""The graph: schema, the store API and its two implementations."""

from __future__ import annotations

from ocgmap.config import StoreSettings, store_settings
from ocgmap.config import batch_size as configured_batch_size
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore


def open_store(store: str | None = None, batch_size: int | None = None) -> GraphStore:
    """Answer the store named by `store` / the environment (see `ocgmap.config`).

    `batch_size` (else `OCGMAP_BATCH_SIZE`) sets the rows per write transaction.
    """
    settings: StoreSettings = store_settings(store)
    size = batch_size or configured_batch_size()
    extra = {"batch_size": size} if size else {}
    if settings.is_neo4j:
        from ocgmap.graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings.target, settings.username, settings.password,
                          settings.database, **extra)
    return LocalStore(settings.target, **extra)


__all__ = ["GraphStore", "LocalStore", "open_store"]
