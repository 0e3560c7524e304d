// The entities with these ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n
