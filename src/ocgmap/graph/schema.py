"""The graph schema as data: labels, relationship types, endpoints and property types.

The schema lives in `schema.yaml` beside this module and is validated when loaded. Every
label and relationship type that reaches Cypher text passes through `Schema.label()` or
`Schema.relation()` first, so nothing outside the whitelist can be spliced into a query.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ocgmap.errors import ConfigError, SchemaError
from ocgmap.model import MENTIONED_IN, REPORT_LABEL, PropertyValue

_NAME = re.compile(r"^[A-Z][A-Za-z]*$")
_TYPE = re.compile(r"^[A-Z][A-Z_]*$")
PROPERTY_TYPES = frozenset({"str", "int", "float", "bool", "date", "list[str]"})
ANY_LABEL = "*"


@dataclass(frozen=True)
class RelationSpec:
    """What one relationship type allows."""

    name: str
    sources: frozenset[str]
    targets: frozenset[str]
    properties: dict[str, str]


@dataclass(frozen=True)
class Schema:
    """The validated schema; answers what is allowed and coerces property values."""

    version: int
    labels: dict[str, dict[str, str]]
    relations: dict[str, RelationSpec]

    @property
    def list_properties(self) -> frozenset[str]:
        """Answer the property names declared as lists anywhere (merged by union on write)."""
        owners = [*self.labels.values(), *(r.properties for r in self.relations.values())]
        return frozenset(k for props in owners for k, t in props.items() if t == "list[str]")

    @property
    def entity_labels(self) -> list[str]:
        """Answer the node labels of entities (every label but Report), sorted."""
        return sorted(label for label in self.labels if label != REPORT_LABEL)

    def label(self, name: str) -> str:
        """Answer `name` if it is a node label of the schema, else raise `SchemaError`."""
        if name not in self.labels:
            raise SchemaError(
                "schema", f"unknown node type {name!r}; allowed: {', '.join(sorted(self.labels))}"
            )
        return name

    def relation(self, name: str) -> str:
        """Answer `name` if it is a relationship type of the schema, else raise `SchemaError`."""
        if name not in self.relations:
            raise SchemaError(
                "schema",
                f"unknown relation {name!r}; allowed: {', '.join(sorted(self.relations))}",
            )
        return name

    def check_link(self, rel_type: str, source_label: str, target_label: str) -> None:
        """Raise `SchemaError` unless `source_label -[rel_type]-> target_label` is allowed."""
        spec = self.relations[self.relation(rel_type)]
        self.label(source_label)
        self.label(target_label)
        if source_label not in spec.sources or target_label not in spec.targets:
            raise SchemaError(
                "schema",
                f"{rel_type} cannot link {source_label} to {target_label}; it links "
                f"{'/'.join(sorted(spec.sources))} to {'/'.join(sorted(spec.targets))}",
            )

    def coerce(self, owner: str, key: str, value: Any) -> PropertyValue:
        """Answer `value` converted to the declared type of property `key` of `owner`.

        `owner` is a node label or relationship type. Undeclared properties keep their
        value. Raises `SchemaError` when the value does not fit the declared type.
        """
        declared = (
            self.labels[owner] if owner in self.labels else self.relations[owner].properties
        ).get(key)
        try:
            return _convert(declared, value)
        except (TypeError, ValueError) as exc:
            raise SchemaError("schema", f"{owner}.{key} must be {declared}, got {value!r}") from exc


def _convert(declared: str | None, value: Any) -> PropertyValue:
    if declared is None:
        if isinstance(value, str | int | float | bool):
            return value
        if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            return [str(v) for v in value]
        raise TypeError("not a scalar or a list of scalars")
    if declared == "str":
        return str(value)
    if declared == "int":
        if isinstance(value, bool):
            raise TypeError("bool")
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    if declared == "float":
        return float(value)
    if declared == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"true", "yes", "y", "1"}:
            return True
        if text in {"false", "no", "n", "0"}:
            return False
        raise ValueError("not a boolean")
    if declared == "date":
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    if declared == "list[str]":
        if isinstance(value, str):
            return [part.strip() for part in value.split(";") if part.strip()]
        return [str(v) for v in value]
    raise ValueError(f"unknown declared type {declared}")


def parse_schema(raw: Any) -> Schema:
    """Answer the `Schema` described by `raw` (the YAML document), or raise `ConfigError`."""
    if not isinstance(raw, dict) or set(raw) != {"version", "nodes", "relationships"}:
        raise ConfigError("schema must have exactly: version, nodes, relationships")
    labels: dict[str, dict[str, str]] = {}
    for label, spec in raw["nodes"].items():
        if not _NAME.match(label):
            raise ConfigError(f"schema: bad node label {label!r}")
        labels[label] = _properties(label, (spec or {}).get("properties"))
    if REPORT_LABEL not in labels:
        raise ConfigError("schema: the Report label is required")
    entity_labels = frozenset(labels) - {REPORT_LABEL}
    relations: dict[str, RelationSpec] = {}
    for name, spec in raw["relationships"].items():
        if not _TYPE.match(name):
            raise ConfigError(f"schema: bad relationship type {name!r}")
        ends = []
        for side in ("from", "to"):
            given = spec.get(side)
            if not given:
                raise ConfigError(f"schema: {name} needs a non-empty '{side}' list")
            expanded = entity_labels if ANY_LABEL in given else frozenset(given)
            unknown = expanded - frozenset(labels)
            if unknown:
                raise ConfigError(f"schema: {name}.{side} names unknown labels {sorted(unknown)}")
            ends.append(expanded)
        relations[name] = RelationSpec(name, ends[0], ends[1],
                                       _properties(name, spec.get("properties")))
    if MENTIONED_IN not in relations:
        raise ConfigError("schema: the MENTIONED_IN relationship is required")
    return Schema(int(raw["version"]), labels, relations)


def _properties(owner: str, raw: Any) -> dict[str, str]:
    props = dict(raw or {})
    for key, declared in props.items():
        if declared not in PROPERTY_TYPES:
            raise ConfigError(f"schema: {owner}.{key} has unknown type {declared!r}")
    return props


@cache
def load_schema() -> Schema:
    """Answer the packaged schema (loaded and validated once per process)."""
    text = resources.files("ocgmap.graph").joinpath("schema.yaml").read_text(encoding="utf-8")
    return parse_schema(yaml.safe_load(text))
