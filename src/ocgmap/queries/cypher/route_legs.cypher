// The legs of these routes.
MATCH (a:Location)-[r:LEG]->(b:Location)
WHERE r.route IN $routes
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
