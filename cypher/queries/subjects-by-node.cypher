// subjects-by-node: what is each of these statements, claims or proposals about?
// Parameters:
//   $ids    LIST<STRING>  statement, claim or proposal ids
//   $skip   INTEGER       leave out this many subjects per node first (paging)
//   $limit  INTEGER       at most this many subjects per node
// Returns: one row per ABOUT relation: id - the statement, claim or proposal id, subject - the node it is about (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["statement:trump-last-warning", "claim:october-7-death-toll", "proposal:witkoff-ceasefire-proposal"], "skip": 0, "limit": 20}
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r:ABOUT]->(subject)
  RETURN r, subject ORDER BY subject.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, subject {.*, labels: labels(subject)} AS subject, r {.*} AS relation
ORDER BY id, subject.id, r.article
