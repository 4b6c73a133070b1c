// parties-by-proposal: who proposed, received, demanded or rejected each of these proposals?
// Parameters:
//   $ids    LIST<STRING>  proposal ids
//   $skip   INTEGER       leave out this many parties per proposal and relation type first (paging)
//   $limit  INTEGER       at most this many parties per proposal and relation type
// Returns: one row per PROPOSED, ADDRESSED_TO, DEMANDED or REJECTED relation: id - the proposal id, type - the relation type, actor - the person or organization (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["proposal:witkoff-ceasefire-proposal", "proposal:calls-to-extend-truce"], "skip": 0, "limit": 50}
// Each relation type is its own list (proposedBy, addressedTo, ...), ordered by actor id before its own skip and limit,
// so that many recipients cannot push the proposer out of the answer.
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
CALL (p) {
  MATCH (p)-[r:PROPOSED]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (p)-[r:ADDRESSED_TO]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (p)-[r:DEMANDED]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (p)-[r:REJECTED]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, type, actor.id, r.article
