// subject-of-by-node: which statements, claims and proposals are about each of these nodes (the reverse of subjects-by-node)?
// Parameters:
//   $ids    LIST<STRING>  any node ids
//   $skip   INTEGER       leave out this many rows per node first (paging)
//   $limit  INTEGER       at most this many rows per node
// Returns: one row per node and statement, claim or proposal with an ABOUT relation to it, by id: id - the node id,
//          about - the statement's, claim's or proposal's id, node - its properties and labels
// Example: {"ids": ["event:hostages-held-in-gaza", "org:hamas"], "skip": 0, "limit": 20}
// Each node's list is ordered and cut by itself, so one busy node cannot crowd out another (Query.about, Node.subjectOf).
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  // DISTINCT: a statement can be about the node by more than one relation (one per article before the many-sources model).
  MATCH (n)<-[:ABOUT]-(about)
  WITH DISTINCT about
  RETURN about ORDER BY about.id SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, about.id AS about, about {.*, labels: labels(about)} AS node
ORDER BY id, about
