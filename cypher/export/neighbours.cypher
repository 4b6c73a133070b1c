// neighbours: one step of the breadth-first walk that finds a neighbourhood: the nodes next to these, articles left out.
// Parameters:
//   $ids    LIST<STRING>  the frontier of the walk
//   $limit  INTEGER       at most this many ids (the caller stops a walk that grows past its bound)
// Returns: one row per neighbour: id
// Example: {"ids": ["person:adam-boehler"], "limit": 1000}
// Walking through MENTIONED_IN would reach every node of an article in two steps; articles are added afterwards, as provenance.
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]-(m:Node)
WHERE NOT r:MENTIONED_IN
RETURN DISTINCT m.id AS id
LIMIT $limit
