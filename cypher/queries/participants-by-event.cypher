// participants-by-event: who took part in each of these events, in which role and on whose side?
// Parameters:
//   $ids    LIST<STRING>        event ids
//   $roles  LIST<STRING>|null   only participations in these roles (null: every role)
//   $skip   INTEGER             leave out this many participations per event first (paging)
//   $limit  INTEGER             at most this many participations per event
//   $brief  BOOLEAN             nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row per PARTICIPATED_IN relation: id - the event id, actor - the participant's properties and labels, relation - {role, side, key, sources (how many articles state it; evidence-by-fact has their quotes)}; with $brief the nodes carry only id, name, title and labels
// Example: {"ids": ["event:us-hamas-direct-talks", "event:october-7-raid"], "roles": null, "skip": 0, "limit": 50, "brief": false}
// Ordered by role, then actor, per event, before that event's skip and limit.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)<-[p:PARTICIPATED_IN]-(actor)
  WHERE $roles IS NULL OR p.role IN $roles
  RETURN p, actor ORDER BY p.role, actor.id, elementId(p)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, {{node-map node=actor brief=$brief}} AS actor, p {.*} AS relation
ORDER BY id, p.role, actor.id, elementId(p)
