// proposals-by-actor: which proposals did each of these people or organizations make, receive, demand or reject?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $limit  INTEGER       at most this many proposals per actor
// Returns: one row per PROPOSED, ADDRESSED_TO, DEMANDED or REJECTED relation: id - the actor id, type - the relation type, proposal - its properties and labels, relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["person:steve-witkoff", "org:hamas"], "limit": 50}
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[r:PROPOSED|ADDRESSED_TO|DEMANDED|REJECTED]-(p:Proposal)
  RETURN r, p LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, p {.*, labels: labels(p)} AS proposal, r {.*} AS relation
ORDER BY id, p.id, type
