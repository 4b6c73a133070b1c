// events-by-actor: which events did each of these people or organizations take part in, and in which role?
// Parameters:
//   $ids    LIST<STRING>  person or organization ids
//   $skip   INTEGER       leave out this many participations per actor first (paging)
//   $limit  INTEGER       at most this many participations per actor (the earliest first)
//   $brief  BOOLEAN       nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row per PARTICIPATED_IN relation: id - the actor id, event - the event's properties and labels, relation - {role, side, key, sources (how many articles state it; evidence-by-fact has their quotes)}; with $brief the nodes carry only id, name, title and labels
// Example: {"ids": ["person:adam-boehler", "org:egypt"], "skip": 0, "limit": 50, "brief": false}
// Each actor's participations are ordered (undated events last; role, article and the relationship break ties,
// so that pages never overlap) before its own skip and limit: a busy actor cannot crowd out another.
UNWIND $ids AS id
MATCH (actor:Node {id: id})
CALL (actor) {
  MATCH (actor)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN p, e ORDER BY e.earliest, e.id, p.role, elementId(p)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, {{node-map node=e brief=$brief}} AS event, p {.*} AS relation
ORDER BY id, e.earliest, e.id, p.role, elementId(p)
