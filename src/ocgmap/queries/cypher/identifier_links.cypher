// Links between a person and an identifier: a phone, vehicle, e-mail, document, account
// or an address.
MATCH (p:Person)-[r]-(i:Entity)
WHERE i:Phone OR i:Vehicle OR i:Email OR i:Document OR i:Account
   OR (i:Location AND i.kind = $address)
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS props
