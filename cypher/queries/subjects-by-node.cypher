// subjects-by-node: what is each of these statements, claims or proposals about?
// Parameters:
//   $ids    LIST<STRING>  statement, claim or proposal ids
//   $skip   INTEGER       leave out this many subjects per node first (paging)
//   $limit  INTEGER       at most this many subjects per node
// Returns: one row per ABOUT relation: id - the statement, claim or proposal id, subject - the node it is about (properties and labels), relation - {key, sources (how many articles state it), evidenceBySource: [{key, sources (how many articles state it), evidenceBySource: [{article, evidence, evidenceStart, evidenceEnd}] (the first 20 sources in rank order)}] (the first 20 sources in rank order)}
// Example: {"ids": ["statement:trump-last-warning", "claim:october-7-death-toll", "proposal:witkoff-ceasefire-proposal"], "skip": 0, "limit": 20}
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r:ABOUT]->(subject)
  RETURN r, subject ORDER BY subject.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, subject {.*, labels: labels(subject)} AS subject, r {.*, evidenceBySource: COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev {.article, .evidence, .evidenceStart, .evidenceEnd} ORDER BY ev.rank LIMIT 20 }} AS relation
ORDER BY id, subject.id, r.article
