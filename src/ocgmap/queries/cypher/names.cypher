// Every entity's id, label, name and aliases, for fuzzy search.
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases
ORDER BY id
