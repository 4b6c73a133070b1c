// parties-by-proposal: who proposed, received, demanded or rejected each of these proposals?
// Parameters:
//   $ids    LIST<STRING>  proposal ids
//   $limit  INTEGER       at most this many parties per proposal
// Returns: one row per PROPOSED, ADDRESSED_TO, DEMANDED or REJECTED relation: id - the proposal id, type - the relation type, actor - the person or organization (properties and labels), relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["proposal:witkoff-ceasefire-proposal", "proposal:calls-to-extend-truce"], "limit": 50}
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
CALL (p) {
  MATCH (p)-[r:PROPOSED|ADDRESSED_TO|DEMANDED|REJECTED]-(actor)
  WHERE actor:Person OR actor:Organization
  RETURN r, actor LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, type, actor.id
