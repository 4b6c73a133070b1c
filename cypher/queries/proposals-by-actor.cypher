// proposals-by-actor: which proposals did each of these people or organizations make, receive, demand or reject?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $skip   INTEGER       leave out this many links per actor first (paging)
//   $limit  INTEGER       at most this many links per actor
// Returns: one row per PROPOSED, ADDRESSED_TO, DEMANDED or REJECTED relation: id - the actor id, type - the relation type, proposal - its properties and labels, relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["person:steve-witkoff", "org:hamas"], "skip": 0, "limit": 50}
// Ordered by proposal, then relation type, per actor, before that actor's skip and limit.
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[r:PROPOSED|ADDRESSED_TO|DEMANDED|REJECTED]-(p:Proposal)
  RETURN r, p ORDER BY p.id, type(r), elementId(r)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, p {.*, labels: labels(p)} AS proposal, r {.*} AS relation
ORDER BY id, p.id, type, elementId(r)
