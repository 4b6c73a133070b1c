// speakers-by-statement: who made each of these statements?
// Parameters:
//   $ids    LIST<STRING>  statement ids
//   $skip   INTEGER       leave out this many speakers per statement first (paging)
//   $limit  INTEGER       at most this many speakers per statement
// Returns: one row per STATED relation: id - the statement id, actor - the speaker (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["statement:trump-last-warning", "statement:hamas-official-step-promising"], "skip": 0, "limit": 20}
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)<-[r:STATED]-(actor)
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, actor.id, r.article
