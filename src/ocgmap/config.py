"""Settings from the environment (and `--store`); secrets only from the environment.

Which store: `--store` or `OCGMAP_STORE` (a file path or a bolt/neo4j URI); else
`NEO4J_URI` when set; else the local file `./ocgmap.db`. Neo4j credentials come from
`NEO4J_USERNAME` / `NEO4J_PASSWORD` / `NEO4J_DATABASE`, never from a URL or a file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from ocgmap.errors import ConfigError

DEFAULT_LOCAL_STORE = "ocgmap.db"
NEO4J_PREFIXES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass(frozen=True)
class StoreSettings:
    """Where the graph lives and how to log in to it."""

    target: str
    username: str = "neo4j"
    password: str = ""
    database: str | None = None

    @property
    def is_neo4j(self) -> bool:
        """Answer whether the target is a Neo4j URI (else a local file path)."""
        return self.target.startswith(NEO4J_PREFIXES)


def store_settings(store: str | None = None,
                   env: Mapping[str, str] | None = None) -> StoreSettings:
    """Answer the store settings from an explicit `store` and the environment."""
    env = os.environ if env is None else env
    target = store or env.get("OCGMAP_STORE") or env.get("NEO4J_URI") or DEFAULT_LOCAL_STORE
    scheme = urlsplit(target).scheme
    if "://" in target and not target.startswith(NEO4J_PREFIXES):
        raise ConfigError(
            f"{target}: unsupported store URL scheme {scheme!r}; use a file path for the "
            "local store or a bolt://, neo4j:// or neo4j+s:// URI for Neo4j")
    settings = StoreSettings(target)
    if settings.is_neo4j:
        if urlsplit(target).password:
            raise ConfigError(f"{urlsplit(target).hostname}: put the password in NEO4J_PASSWORD, "
                              "not in the URI")
        settings = StoreSettings(target, env.get("NEO4J_USERNAME", "neo4j"),
                                 env.get("NEO4J_PASSWORD", ""),
                                 env.get("NEO4J_DATABASE") or None)
    return settings


DEFAULT_MAX_FILE_MB = 20.0


def max_file_bytes(env: Mapping[str, str] | None = None) -> int:
    """Answer the size limit for one input file (`OCGMAP_MAX_FILE_MB`, default 20 MB)."""
    env = os.environ if env is None else env
    raw = env.get("OCGMAP_MAX_FILE_MB", "")
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_FILE_MB
    except ValueError as exc:
        raise ConfigError(f"OCGMAP_MAX_FILE_MB must be a number, got {raw!r}") from exc
    return int(megabytes * 1024 * 1024)


def batch_size(env: Mapping[str, str] | None = None) -> int | None:
    """Answer the rows per write batch from `OCGMAP_BATCH_SIZE`, or None for the default."""
    env = os.environ if env is None else env
    raw = env.get("OCGMAP_BATCH_SIZE", "")
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"OCGMAP_BATCH_SIZE must be a positive whole number, got {raw!r}")
    return int(raw)


DEFAULT_MAX_EXTRACT_CHARS = 500_000


def max_extract_chars(env: Mapping[str, str] | None = None) -> int:
    """Answer how many characters of one report are extracted (`OCGMAP_MAX_EXTRACT_CHARS`,
    default 500,000, about 80,000 words: a minute or two of spaCy on one core).

    Longer reports are stored whole, but only their beginning is extracted, with a warning,
    so one huge file cannot stall a run.
    """
    env = os.environ if env is None else env
    raw = env.get("OCGMAP_MAX_EXTRACT_CHARS", "")
    if not raw:
        return DEFAULT_MAX_EXTRACT_CHARS
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"OCGMAP_MAX_EXTRACT_CHARS must be a positive whole number, "
                          f"got {raw!r}")
    return int(raw)
