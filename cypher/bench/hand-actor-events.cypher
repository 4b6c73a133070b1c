// hand-actor-events: one actor's events, the first $limit in timeline order, each with its participants, in one
// statement: the hand-written answer npm run bench:api sets beside timeline(actorId:) { ... participants }.
// Parameters:
//   $actorId  STRING   the person or organization
//   $limit    INTEGER  at most this many events
// Returns: one row per event in timeline order: id, title, participants - [{role, actor: {id}}] (the first 20 by
//   role, then actor id, as the API's participants list gives them)
// Example: {"actorId": "org:syn-42", "limit": 50}
// Timeline order is earliest, latest (open last), sequence, id; sequence is read where the loader stores it and is
// 0 otherwise (the synthetic graph has no chains of events).
MATCH (:Node {id: $actorId})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e
ORDER BY e.earliest, e.latest, coalesce(e.sequence, 0), e.id
LIMIT toInteger($limit)
RETURN e.id AS id, e.title AS title,
       COLLECT { MATCH (e)<-[p:PARTICIPATED_IN]-(actor) RETURN {role: p.role, actor: {id: actor.id}} AS participant ORDER BY p.role, actor.id LIMIT 20 } AS participants
