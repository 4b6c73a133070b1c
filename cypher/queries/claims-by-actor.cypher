// claims-by-actor: which figures does each of these people or organizations give as a source?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $skip   INTEGER       leave out this many claims per actor first (paging)
//   $limit  INTEGER       at most this many claims per actor
// Returns: one row per CLAIMED relation: id - the actor id, claim - its properties and labels {figure, value, qualifier, unit}, relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["org:israeli-officials"], "skip": 0, "limit": 50}
// Ordered by claim id per actor, before that actor's skip and limit.
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[r:CLAIMED]->(c:Claim)
  RETURN r, c ORDER BY c.id, elementId(r)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, c {.*, labels: labels(c)} AS claim, r {.*} AS relation
ORDER BY id, c.id, elementId(r)
