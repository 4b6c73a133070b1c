// hand-month: the first $limit events within a date range (WITHIN: they begin on or after $from and are known to
// end by $to), in timeline order, each with its participants, in one statement: the hand-written answer beside
// timeline(from:, to:) { ... participants }.
// Parameters:
//   $from   STRING   ISO date: the range's first day
//   $to     STRING   ISO date: the range's last day
//   $limit  INTEGER  at most this many events
// Returns: one row per event in timeline order: id, title, participants - [{role, actor: {id}}] (the first 20 by
//   role, then actor id)
// Example: {"from": "2010-03-01", "to": "2010-03-31", "limit": 50}
// The Event.earliest range index serves the range in its own order; sequence as in hand-actor-events.cypher.
MATCH (e:Event)
WHERE e.earliest >= date($from) AND e.earliest <= date($to) AND e.latest <= date($to)
WITH e ORDER BY e.earliest, e.latest, coalesce(e.sequence, 0), e.id
LIMIT toInteger($limit)
RETURN e.id AS id, e.title AS title,
       COLLECT { MATCH (e)<-[p:PARTICIPATED_IN]-(actor) RETURN {role: p.role, actor: {id: actor.id}} AS participant ORDER BY p.role, actor.id LIMIT 20 } AS participants
