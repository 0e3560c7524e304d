"""The graph: schema, the store API and its two implementations."""

from __future__ import annotations

from ocgmap.config import StoreSettings, store_settings
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore


def open_store(store: str | None = None, batch_size: int | None = None) -> GraphStore:
    """Answer the store named by `store` / the environment (see `ocgmap.config`)."""
    settings: StoreSettings = store_settings(store)
    extra = {"batch_size": batch_size} if batch_size else {}
    if settings.is_neo4j:
        from ocgmap.graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings.target, settings.username, settings.password,
                          settings.database, **extra)
    return LocalStore(settings.target, **extra)


__all__ = ["GraphStore", "LocalStore", "open_store"]
