// Every shortest path from $source to $target along entity links; {types} and {max_hops}
// are filled from the schema whitelist and a checked integer, never from user text.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[:{types}*..{max_hops}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodes, nodes(p) AS found,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id,
                                  target: endNode(r).id, props: properties(r)}] AS edges
LIMIT $limit
