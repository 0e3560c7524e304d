"""Every Cypher statement the Neo4j store runs.

Values always travel as parameters. The only names spliced into query text are labels,
relationship types and list-property keys, and each is checked against the schema
whitelist (and an identifier pattern) by `_name()` first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ocgmap.errors import SchemaError
from ocgmap.graph.schema import load_schema
from ocgmap.model import MENTIONED_IN, REPORT_LABEL, RESERVED_PROPERTIES

ENTITY = "Entity"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

CONSTRAINTS = (
    f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY}) REQUIRE n.id IS UNIQUE",
    f"CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:{REPORT_LABEL}) REQUIRE n.id IS UNIQUE",
    f"CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:{ENTITY}) ON (n.name_key)",
    f"CREATE INDEX report_origin IF NOT EXISTS FOR (n:{REPORT_LABEL}) ON (n.origin)",
)


def _name(name: str, allowed: Sequence[str] | set[str] | frozenset[str]) -> str:
    """Answer `name` back-quoted, if the schema allows it; else raise `SchemaError`."""
    if name not in allowed or not _IDENTIFIER.match(name):
        raise SchemaError("cypher", f"{name!r} is not in the schema whitelist")
    return f"`{name}`"


def _list_unions(var: str, list_keys: Sequence[str]) -> list[str]:
    allowed = load_schema().list_properties
    return [f"{var}.{k} = CASE WHEN row.lists.{k} IS NULL THEN {var}.{k} "
            f"ELSE coalesce({var}.{k}, []) + "
            f"[x IN row.lists.{k} WHERE NOT x IN coalesce({var}.{k}, [])] END"
            for k in (_name(key, allowed) for key in list_keys)]


@cache
def scalar_properties() -> frozenset[str]:
    """Answer the declared property names that are not lists (set by name on write)."""
    schema = load_schema()
    owners = [*schema.labels.values(), *(r.properties for r in schema.relations.values())]
    declared = {k for props in owners for k in props}
    return frozenset(declared - schema.list_properties - RESERVED_PROPERTIES)


def _sets(var: str, scalar_keys: Sequence[str], list_keys: Sequence[str], extras: bool) -> str:
    """Answer the SET clauses for the properties that rows of a statement may carry (a row
    without one leaves it as it is).

    Declared scalars are set by name: `SET n += map` writes keys the planner cannot see, so
    it plans an Eager (every row buffered before any is written); only statements whose
    rows carry undeclared properties pay for that.
    """
    allowed = scalar_properties()
    items = [f"{var}.{k} = coalesce(row.props.{k}, {var}.{k})"
             for k in (_name(key, allowed) for key in scalar_keys)]
    items += _list_unions(var, list_keys)
    clauses = [f"SET {', '.join(items)}"] if items else []
    if extras:
        clauses.append(f"SET {var} += coalesce(row.extra, {{}})")
    return "\n".join(clauses)


_ADD_REPORT = (
    "{v}.reports = CASE WHEN row.report IN coalesce({v}.reports, []) THEN {v}.reports "
    "ELSE coalesce({v}.reports, []) + row.report END"
)

MERGE_REPORTS = f"""
UNWIND $rows AS row
MERGE (r:{REPORT_LABEL} {{id: row.id}})
ON CREATE SET r.name = row.name, r.name_key = row.name_key
SET r += row.props, r.reports = [row.id]
"""


def _provenance(var: str) -> str:
    """Answer the ON CREATE / ON MATCH of a merged relationship's reports and evidence (a
    new one takes the row's lists as they are; an old one gets the union)."""
    return f"""ON CREATE SET {var}.reports = [row.report], {var}.evidence = row.evidence
ON MATCH SET {_ADD_REPORT.format(v=var)},
    {var}.evidence = coalesce({var}.evidence, []) +
                 [e IN row.evidence WHERE NOT e IN coalesce({var}.evidence, [])]"""


@cache
def merge_nodes(label: str, list_keys: tuple[str, ...], scalar_keys: tuple[str, ...] = (),
                extras: bool = False, mention: bool = False) -> str:
    """Answer the batched upsert of entity nodes of `label` whose rows may carry these
    declared scalar and list properties (and, if `extras`, undeclared ones in `row.extra`).

    With `mention`, the same statement upserts the node's MENTIONED_IN link (`row.mention`,
    `row.evidence`) to its report, which saves a second pass and two index seeks per node.
    """
    lab = _name(label, set(load_schema().labels) - {REPORT_LABEL})
    link = f"""
WITH n, row
MATCH (rep:{REPORT_LABEL} {{id: row.report}})
MERGE (n)-[m:{MENTIONED_IN} {{id: row.mention}}]->(rep)
{_provenance("m")}""" if mention else ""
    return f"""
UNWIND $rows AS row
MERGE (n:{ENTITY} {{id: row.id}})
ON CREATE SET n.name = row.name, n.name_key = row.name_key, n:{lab}, n.reports = [row.report]
ON MATCH SET n:{lab}, {_ADD_REPORT.format(v="n")}
{_sets("n", scalar_keys, list_keys, extras)}{link}
"""


@cache
def merge_edges(rel_type: str, list_keys: tuple[str, ...], scalar_keys: tuple[str, ...] = (),
                extras: bool = False) -> str:
    """Answer the batched upsert of relationships of `rel_type` (by id, between known nodes)
    whose rows may carry these properties (as for `merge_nodes`)."""
    typ = _name(rel_type, set(load_schema().relations))
    target = REPORT_LABEL if rel_type == MENTIONED_IN else ENTITY
    return f"""
UNWIND $rows AS row
MATCH (a:{ENTITY} {{id: row.source}})
MATCH (b:{target} {{id: row.target}})
MERGE (a)-[r:{typ} {{id: row.id}}]->(b)
{_provenance("r")}
{_sets("r", scalar_keys, list_keys, extras)}
"""


REPORT_FACTS = f"""
MATCH (rep:{REPORT_LABEL} {{id: $report}})
OPTIONAL MATCH (rep)<-[:{MENTIONED_IN}]-(n:{ENTITY})
RETURN rep.id AS report, collect(n.id) AS ids
"""

RETRACT_EDGES = f"""
UNWIND $ids AS id
MATCH (:{ENTITY} {{id: id}})-[r]->()
WHERE $report IN r.reports
SET r.reports = [x IN r.reports WHERE x <> $report],
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH $prefix]
WITH r WHERE size(r.reports) = 0
DELETE r
"""

RETRACT_NODES = f"""
UNWIND $ids AS id
MATCH (n:{ENTITY} {{id: id}})
SET n.reports = [x IN n.reports WHERE x <> $report]
WITH n WHERE size(n.reports) = 0
DETACH DELETE n
"""

DELETE_REPORT = f"MATCH (r:{REPORT_LABEL} {{id: $report}}) DETACH DELETE r"

CLEAR_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

REPORTS_FROM = f"MATCH (r:{REPORT_LABEL} {{origin: $origin}}) RETURN r.id AS id ORDER BY id"

REPORT_HASH = f"MATCH (r:{REPORT_LABEL} {{id: $id}}) RETURN r.content_hash AS hash"

_BY_ID = f"""
CALL (id) {{
    MATCH (n:{ENTITY} {{id: id}}) RETURN n
    UNION
    MATCH (n:{REPORT_LABEL} {{id: id}}) RETURN n
}}
"""

NODE_WITH_EVIDENCE = f"""
WITH $id AS id
{_BY_ID}
OPTIONAL MATCH (n)-[m:{MENTIONED_IN}]->(:{REPORT_LABEL})
WITH n, collect(m.evidence) AS lists
RETURN n, reduce(acc = [], l IN lists | acc + l) AS evidence
"""

NODES_BY_NAME_KEY = f"""
MATCH (n:{ENTITY} {{name_key: $key}})
WHERE $label IS NULL OR $label IN labels(n)
RETURN n ORDER BY n.id
"""

NEIGHBOURS = f"""
UNWIND $ids AS id
{_BY_ID}
MATCH (n)-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT ($skip AND type(r) = '{MENTIONED_IN}')
RETURN DISTINCT m.id AS id, [l IN labels(m) WHERE l <> '{ENTITY}'][0] AS label
"""

NODES_BY_ID = f"""
UNWIND $ids AS id
{_BY_ID}
RETURN n
"""

ALL_NODES = f"""
MATCH (n:{ENTITY}) RETURN n
UNION ALL
MATCH (n:{REPORT_LABEL}) WHERE $reports RETURN n
"""

_EDGE_FILTER = (f"($types IS NULL OR type(r) IN $types) "
                f"AND NOT ($skip AND type(r) = '{MENTIONED_IN}')")
_EDGE_RETURN = "RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props"

ALL_EDGES = f"""
MATCH (a:{ENTITY})-[r]->(b)
WHERE {_EDGE_FILTER}
{_EDGE_RETURN}
"""

EDGES_FROM = f"""
UNWIND $ids AS id
MATCH (a:{ENTITY} {{id: id}})-[r]->(b)
WHERE {_EDGE_FILTER}
{_EDGE_RETURN}
"""

COUNT_NODES = f"""
MATCH (n:{ENTITY}) RETURN [l IN labels(n) WHERE l <> '{ENTITY}'][0] AS label, count(*) AS count
UNION ALL
MATCH (n:{REPORT_LABEL}) RETURN '{REPORT_LABEL}' AS label, count(*) AS count
"""

COUNT_EDGES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"

# The ledger (resolution records and judgements) lives in nodes of its own label, outside
# the `Entity`/`Report` graph that every read above matches.
LEDGER = "OcgmapLedger"
LEDGER_CONSTRAINT = (f"CREATE CONSTRAINT ledger_uid IF NOT EXISTS FOR (n:{LEDGER}) "
                     "REQUIRE n.uid IS UNIQUE")
LEDGER_KIND_INDEX = f"CREATE INDEX ledger_kind IF NOT EXISTS FOR (n:{LEDGER}) ON (n.kind)"
LEDGER_PUT = (f"UNWIND $rows AS row MERGE (l:{LEDGER} {{uid: row.uid}}) "
              "SET l.kind = row.kind, l.key = row.key, l.value = row.value")
LEDGER_GET = (f"UNWIND $uids AS uid MATCH (l:{LEDGER} {{uid: uid}}) "
              "RETURN l.key AS key, l.value AS value")
LEDGER_ALL = f"MATCH (l:{LEDGER} {{kind: $kind}}) RETURN l.key AS key, l.value AS value"
LEDGER_DELETE = f"UNWIND $uids AS uid MATCH (l:{LEDGER} {{uid: uid}}) DELETE l"
RENAME_NODES = (f"UNWIND $rows AS row MATCH (n:{ENTITY} {{id: row.id}}) "
                "SET n.name = row.name, n.name_key = row.name_key")
