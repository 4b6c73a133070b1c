// statements-by-actor: what did each of these people or organizations say?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $skip   INTEGER       leave out this many statements per actor first (paging)
//   $limit  INTEGER       at most this many statements per actor
// Returns: one row per STATED relation: id - the actor id, statement - its properties and labels {quote, quoteStart, quoteEnd, medium, paraphrase, date}, relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["person:donald-trump", "org:hamas"], "skip": 0, "limit": 50}
// Ordered by statement id per actor, before that actor's skip and limit.
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[r:STATED]->(s:Statement)
  RETURN r, s ORDER BY s.id, elementId(r)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, s {.*, labels: labels(s)} AS statement, r {.*} AS relation
ORDER BY id, s.id, elementId(r)
