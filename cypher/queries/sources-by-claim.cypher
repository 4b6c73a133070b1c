// sources-by-claim: who is the source of each of these figures?
// Parameters:
//   $ids    LIST<STRING>  claim ids
//   $skip   INTEGER       leave out this many sources per claim first (paging)
//   $limit  INTEGER       at most this many sources per claim
// Returns: one row per CLAIMED relation: id - the claim id, actor - the source (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["claim:living-hostages-in-gaza", "claim:hostage-bodies-in-gaza"], "skip": 0, "limit": 20}
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)<-[r:CLAIMED]-(actor)
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, actor.id, r.article
