// Everything within {hops} links of $id, in one round trip: the nodes reached (either way,
// along links of {types} supported by a report in $allowed, reaching only nodes with a
// label in $labels; null lists mean no filter) and the links among them that pass the same
// filters. A breadth-first, pruning variable-length expand (no path is enumerated); each
// link checks the label of its far end. {types} and {hops} are filled from the schema
// whitelist and a checked integer, never from user text. The other nodes come without
// evidence; the focus comes with the sentences that mention it (as `get_node` reads them).
MATCH (a:Entity {id: $id})
CALL (a) {
    OPTIONAL MATCH (a)-[mention:MENTIONED_IN]->(:Report)
    WITH collect(mention.evidence) AS lists
    RETURN reduce(acc = [], l IN lists | acc + l) AS evidence
}
CALL (a) {
    OPTIONAL MATCH (a)-[rs:{types}*1..{hops}]-(m:Entity)
    WHERE all(r IN rs WHERE
              ($allowed IS NULL OR any(x IN coalesce(r.reports, []) WHERE x IN $allowed))
              AND ($labels IS NULL
                   OR ((startNode(r) = a OR any(l IN labels(startNode(r)) WHERE l IN $labels))
                   AND (endNode(r) = a OR any(l IN labels(endNode(r)) WHERE l IN $labels)))))
    WITH collect(DISTINCT m) AS reached
    RETURN [n IN reached WHERE n <> a] + [a] AS seen
}
CALL (seen) {
    UNWIND seen AS x
    MATCH (x)-[r:{types}]->(y:Entity)
    WHERE y IN seen
      AND ($allowed IS NULL OR any(k IN coalesce(r.reports, []) WHERE k IN $allowed))
    RETURN collect({type: type(r), source: x.id, target: y.id, props: properties(r)}) AS links
}
RETURN a AS focus, evidence, seen AS nodes, links
