// The entity links leaving any of $ids, of $types (all when null).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN type(r) AS type, id AS source, b.id AS target, properties(r) AS props
