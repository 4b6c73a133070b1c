// sources-by-claim: who is the source of each of these figures?
// Parameters:
//   $ids    LIST<STRING>  claim ids
//   $limit  INTEGER       at most this many sources per claim
// Returns: one row per CLAIMED relation: id - the claim id, actor - the source (properties and labels), relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["claim:living-hostages-in-gaza", "claim:hostage-bodies-in-gaza"], "limit": 20}
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)<-[r:CLAIMED]-(actor)
  RETURN r, actor LIMIT toInteger($limit)
}
RETURN id, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, actor.id
