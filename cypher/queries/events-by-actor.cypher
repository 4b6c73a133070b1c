// events-by-actor: which events did each of these people or organizations take part in, and in which role?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $limit  INTEGER       at most this many participations per actor (the earliest first)
// Returns: one row per PARTICIPATED_IN relation: id - the actor id, event - the event's properties and labels, relation - {role, side, article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["person:adam-boehler", "org:egypt"], "limit": 50}
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN p, e ORDER BY coalesce(e.earliest, date('9999-12-31')), e.id LIMIT toInteger($limit)
}
RETURN id, e {.*, labels: labels(e)} AS event, p {.*} AS relation
ORDER BY id, coalesce(e.earliest, date('9999-12-31')), e.id
