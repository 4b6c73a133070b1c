// terms-by-proposal: what are the terms of each of these proposals?
// Parameters:
//   $ids    LIST<STRING>  proposal ids
//   $skip   INTEGER       leave out this many terms per proposal first (paging)
//   $limit  INTEGER       at most this many terms per proposal
// Returns: one row per HAS_TERM relation: id - the proposal id, term - the term's properties and labels {kind, text, inExchangeFor, note}, relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["proposal:witkoff-ceasefire-proposal"], "skip": 0, "limit": 50}
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
CALL (p) {
  MATCH (p)-[r:HAS_TERM]->(t:Term)
  RETURN r, t ORDER BY t.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, t {.*, labels: labels(t)} AS term, r {.*} AS relation
ORDER BY id, t.id, r.article
