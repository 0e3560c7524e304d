// The entity links touching any of $ids, either way, of $types (all when null).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS props
