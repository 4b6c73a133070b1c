// parties-by-term: which party does each of these terms bind, and who demanded it?
// Parameters:
//   $ids    LIST<STRING>  term ids
//   $limit  INTEGER       at most this many parties per term
// Returns: one row per BINDS or DEMANDED relation: id - the term id, type - BINDS or DEMANDED, actor - the person or organization (properties and labels), relation - {key, sources (how many articles state it), evidenceBySource: [{key, sources (how many articles state it), evidenceBySource: [{article, evidence, evidenceStart, evidenceEnd}] (the first 20 sources in rank order)}] (the first 20 sources in rank order)}
// Example: {"ids": ["term:witkoff-half-hostages-for-extension", "term:hamas-immediate-lasting-peace-negotiations"], "limit": 50}
UNWIND $ids AS id
MATCH (t:Term {id: id})
CALL (t) {
  MATCH (t)-[r:BINDS|DEMANDED]-(actor)
  WHERE actor:Person OR actor:Organization
  RETURN r, actor ORDER BY type(r), actor.id, r.article LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, actor {.*, labels: labels(actor)} AS actor, r {.*, evidenceBySource: COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev {.article, .evidence, .evidenceStart, .evidenceEnd} ORDER BY ev.rank LIMIT 20 }} AS relation
ORDER BY id, type, actor.id
