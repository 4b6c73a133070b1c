// parties-by-term: which party does each of these terms bind, and who demanded it?
// Parameters:
//   $ids    LIST<STRING>  term ids
//   $skip   INTEGER       leave out this many parties per term and relation type first (paging)
//   $limit  INTEGER       at most this many parties per term and relation type
// Returns: one row per BINDS or DEMANDED relation: id - the term id, type - BINDS or DEMANDED, actor - the person or organization (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["term:witkoff-half-hostages-for-extension", "term:hamas-immediate-lasting-peace-negotiations"], "skip": 0, "limit": 50}
// Each relation type is its own list (binds, demandedBy), ordered by actor id before its own skip and limit.
UNWIND $ids AS id
MATCH (t:Term {id: id})
CALL (t) {
  MATCH (t)-[r:BINDS]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (t)-[r:DEMANDED]-(actor) WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY actor.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, actor {.*, labels: labels(actor)} AS actor, r {.*} AS relation
ORDER BY id, type, actor.id, r.article
