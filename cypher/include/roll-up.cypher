// roll-up: the body of a `CALL ({{actor}}) { ... }` that returns, as {{top}}, the actor itself when $rollUp is
// false, else what it represents: a person counts for each organization it holds a role in, an organization (or
// that one) for the top of its PART_OF chain (at most 4 levels up). The query declares $rollUp.
WITH {{actor}} WHERE NOT $rollUp
RETURN {{actor}} AS {{top}}
UNION
WITH {{actor}} WHERE $rollUp
OPTIONAL MATCH ({{actor}}:Person)-[:HOLDS_ROLE]->(org:Organization)
WITH DISTINCT coalesce(org, {{actor}}) AS base
MATCH (base)-[:PART_OF*0..4]->({{top}}) WHERE NOT ({{top}})-[:PART_OF]->()
RETURN DISTINCT {{top}}
