// about-node: which statements, claims and proposals are about this node?
// Parameters:
//   $id     STRING   any node id
//   $skip   INTEGER  leave out this many rows first (paging)
//   $limit  INTEGER  at most this many rows
// Returns: one row per statement, claim or proposal with an ABOUT relation to the node, by id: id - its id, node - its properties and labels
// Example: {"id": "event:hostages-held-in-gaza", "skip": 0, "limit": 20}
MATCH (:Node {id: $id})<-[:ABOUT]-(about)
WITH DISTINCT about
RETURN about.id AS id, about {.*, labels: labels(about)} AS node
ORDER BY id
SKIP toInteger($skip)
LIMIT toInteger($limit)
