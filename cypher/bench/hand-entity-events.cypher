// hand-entity-events: one entity, its first $limit participations (the earliest event first), and each event's
// participants, in one statement: the hand-written answer beside entity(id:) { events { event { participants } } }.
// Parameters:
//   $id     STRING   the person or organization
//   $limit  INTEGER  at most this many participations
// Returns: one row: id, events - [{role, event: {id, title, participants: [{role, actor: {id}}]}}] (participants:
//   the first 20 by role, then actor id)
// Example: {"id": "org:syn-42", "limit": 50}
MATCH (entity:Node {id: $id})
CALL (entity) {
  MATCH (entity)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN p, e ORDER BY e.earliest, e.id, p.role, elementId(p)
  LIMIT toInteger($limit)
}
WITH entity, p, e, COLLECT { MATCH (e)<-[q:PARTICIPATED_IN]-(actor) RETURN {role: q.role, actor: {id: actor.id}} AS participant ORDER BY q.role, actor.id LIMIT 20 } AS participants
RETURN entity.id AS id, collect({role: p.role, event: {id: e.id, title: e.title, participants: participants}}) AS events
