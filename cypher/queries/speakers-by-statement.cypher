// speakers-by-statement: who made each of these statements?
// Parameters:
//   $ids    LIST<STRING>  statement ids
//   $limit  INTEGER       at most this many speakers per statement
// Returns: one row per STATED relation: id - the statement id, actor - the speaker (properties and labels), relation - {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["statement:trump-last-warning", "statement:hamas-official-step-promising"], "limit": 20}
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)<-[r:STATED]-(actor)
  RETURN r, actor LIMIT toInteger($limit)
}
RETURN id, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, actor.id
