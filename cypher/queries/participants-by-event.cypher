// participants-by-event: who took part in each of these events, in which role and on whose side?
// Parameters:
//   $ids    LIST<STRING>  event ids
//   $limit  INTEGER       at most this many participations per event
// Returns: one row per PARTICIPATED_IN relation: id - the event id, actor - the participant's properties and labels, relation - {role, side, article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["event:us-hamas-direct-talks", "event:october-7-raid"], "limit": 50}
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)<-[p:PARTICIPATED_IN]-(actor)
  RETURN p, actor LIMIT toInteger($limit)
}
RETURN id, actor {.*, labels: labels(actor)} AS actor, p {.*} AS relation
ORDER BY id, p.role, actor.id
