// terms-by-proposal: what are the terms of each of these proposals?
// Parameters:
//   $ids    LIST<STRING>  proposal ids
//   $limit  INTEGER       at most this many terms per proposal
// Returns: one row per HAS_TERM relation: id - the proposal id, term - the term's properties and labels {kind, text, inExchangeFor, note}, relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["proposal:witkoff-ceasefire-proposal"], "limit": 50}
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
CALL (p) {
  MATCH (p)-[r:HAS_TERM]->(t:Term)
  RETURN r, t LIMIT toInteger($limit)
}
RETURN id, t {.*, labels: labels(t)} AS term, r {.*} AS relation
ORDER BY id, t.id
