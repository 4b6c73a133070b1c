// entity-events-participants: one node, its first page of events, and each of those events' first page of participants, in one statement.
// Parameters:
//   $id                 STRING              the node id (a person or organization has events; any other node has none)
//   $eventsLimit        INTEGER             at most this many participations of the node
//   $participantRoles   LIST<STRING>|null   only participants in these roles (null: every role)
//   $participantsLimit  INTEGER             at most this many participants per event
//   $brief              BOOLEAN             events with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
//   $participantsBrief  BOOLEAN             the same for the participants' actors
// Returns: at most one row: node - its properties and labels (an article's text left out), events - [{event, relation, participants: [{actor, relation}]}]: the participations as events-by-actor.cypher orders and shapes them, each event's participants as participants-by-event.cypher does; with $brief the nodes carry only id, name, title and labels
// Example: {"id": "org:hamas", "eventsLimit": 20, "participantRoles": null, "participantsLimit": 20, "brief": false, "participantsBrief": false}
// What the API sends when a request asks for entity(id) { ... events { event { participants } } } (it reads the
// request's selection first): the three levels in one round trip, the answers primed into the loaders that the
// nested fields read, so deeper fields still batch as before. Keep its orders and shapes in step with those files.
MATCH (n:Node {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[p:PARTICIPATED_IN]->(e:Event)
  WITH p, e ORDER BY e.earliest, e.id, p.role, elementId(p)
  LIMIT toInteger($eventsLimit)
  RETURN collect({
    event: {{node-map node=e brief=$brief}},
    relation: p {.*},
    participants: {{participants-page event=e}}
  }) AS events
}
RETURN n {.*, text: null, labels: labels(n)} AS node, events
