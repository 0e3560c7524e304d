"""The schema as data: validated at load, and the only source of Cypher names."""

from __future__ import annotations

from typing import Any

import pytest

from ocgmap.errors import ConfigError, SchemaError
from ocgmap.graph import cypher
from ocgmap.graph.schema import load_schema, parse_schema


def minimal() -> dict[str, Any]:
    return {"version": 1,
            "nodes": {"Person": {"properties": {"age": "int"}}, "Report": {}},
            "relationships": {"KNOWS": {"from": ["Person"], "to": ["Person"]},
                              "MENTIONED_IN": {"from": ["*"], "to": ["Report"]}}}


def test_packaged_schema_has_the_design_labels_and_acts() -> None:
    schema = load_schema()
    assert {"Person", "VictimGroup", "Organisation", "Business", "Location", "Vehicle",
            "Phone", "Email", "Document", "Report"} <= set(schema.labels)
    assert {"RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED", "CONTROLS", "PAID",
            "ASSOCIATE_OF", "MEMBER_OF", "FAMILY_OF", "EMPLOYED_BY", "OWNS", "LOCATED_AT",
            "LIVES_AT", "USES", "LEG", "MENTIONED_IN"} <= set(schema.relations)
    schema.check_link("TRANSPORTED", "Person", "VictimGroup")
    with pytest.raises(SchemaError, match="cannot link Phone to Person"):
        schema.check_link("TRANSPORTED", "Phone", "Person")
    assert "Report" not in schema.relations["MENTIONED_IN"].sources


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s["relationships"]["KNOWS"].update({"to": ["Ghost"]}), "unknown labels"),
    (lambda s: s["nodes"].update({"bad label": {}}), "bad node label"),
    (lambda s: s["relationships"].update({"x-y": {"from": ["Person"], "to": ["Person"]}}),
     "bad relationship type"),
    (lambda s: s["nodes"]["Person"]["properties"].update({"age": "number"}), "unknown type"),
    (lambda s: s["nodes"].pop("Report"), "Report label is required"),
    (lambda s: s.update({"extra": 1}), "exactly"),
])
def test_invalid_schemas_are_rejected_at_load(change: Any, message: str) -> None:
    raw = minimal()
    change(raw)
    with pytest.raises(ConfigError, match=message):
        parse_schema(raw)


def test_property_values_are_coerced_to_declared_types() -> None:
    schema = load_schema()
    assert schema.coerce("Person", "age", "34") == 34
    assert schema.coerce("VictimGroup", "child", "yes") is True
    assert schema.coerce("EXPLOITED", "means", "deception; debt_bondage") == [
        "deception", "debt_bondage"]
    assert schema.coerce("PAID", "amount", "250.5") == 250.5
    assert schema.coerce("Person", "shoe_size", "9") == "9"  # undeclared: kept as given
    with pytest.raises(SchemaError, match=r"Person\.age must be int"):
        schema.coerce("Person", "age", "thirty")


@pytest.mark.parametrize("name", ["Person`) DETACH DELETE n //", "Ghost", "MATCH"])
def test_cypher_names_outside_the_whitelist_are_refused(name: str) -> None:
    with pytest.raises(SchemaError):
        cypher.merge_nodes(name, ())
    with pytest.raises(SchemaError):
        cypher.merge_edges(name, ())
    assert "`Person`" in cypher.merge_nodes("Person", ())
