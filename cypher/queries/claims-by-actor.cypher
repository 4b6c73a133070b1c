// claims-by-actor: which figures does each of these people or organizations give as a source?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $limit  INTEGER       at most this many claims per actor
// Returns: one row per CLAIMED relation: id - the actor id, claim - its properties and labels {figure, value, qualifier, unit}, relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["org:israeli-officials"], "limit": 50}
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[r:CLAIMED]->(c:Claim)
  RETURN r, c LIMIT toInteger($limit)
}
RETURN id, c {.*, labels: labels(c)} AS claim, r {.*} AS relation
ORDER BY id, c.id
