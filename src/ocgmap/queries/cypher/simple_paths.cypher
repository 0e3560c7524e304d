// Paths of at most {max_hops} entity links from $source to $target that repeat no node;
// {types} and {max_hops} come from the schema whitelist and a checked integer.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = (a)-[:{types}*1..{max_hops}]-(b)
WHERE all(i IN range(1, size(nodes(p)) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [n IN nodes(p) | n.id] AS nodes, nodes(p) AS found,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id,
                                  target: endNode(r).id, props: properties(r)}] AS edges
LIMIT $limit
