// One hop out of the frontier, either way, along entity links of $types (all when null).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN m.id AS node, [l IN labels(m) WHERE l <> 'Entity'][0] AS label, type(r) AS type,
       coalesce(r.reports, []) AS reports
