// entity-events-participants: one node, its first page of events, each of those events' first page of participants, and the participating organizations' first page of members, in one statement.
// Parameters:
//   $id                 STRING              the node id (a person or organization has events; any other node has none)
//   $eventsLimit        INTEGER             at most this many participations of the node
//   $participantRoles   LIST<STRING>|null   only participants in these roles (null: every role)
//   $participantsLimit  INTEGER             at most this many participants per event
//   $brief              BOOLEAN             events with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
//   $participantsBrief  BOOLEAN             the same for the participants' actors
//   $membersLimit       INTEGER|null        at most this many members of each participating organization (null: none)
//   $membersBrief       BOOLEAN             the members brief, as $brief
//   $rolesLimit         INTEGER|null        with each member, at most this many of the member's own roles (null: none)
//   $rolesBrief         BOOLEAN             those roles' organizations brief, as $brief
// Returns: at most one row: node - its properties and labels (an article's text left out), events - [{event, relation, participants: [{actor, relation}]}]: the participations as events-by-actor.cypher orders and shapes them, each event's participants as participants-by-event.cypher does, members - [{id, members: [{person, relation, roles}]}]: with $membersLimit, each organization among those participants once, with its members as members-by-organization.cypher orders and shapes them (otherwise []); with $brief the nodes carry only id, name, title and labels
// Example: {"id": "org:hamas", "eventsLimit": 20, "participantRoles": null, "participantsLimit": 20, "brief": false, "participantsBrief": false, "membersLimit": null, "membersBrief": false, "rolesLimit": null, "rolesBrief": false}
// What the API sends when a request asks for entity(id) { ... events { event { participants } } } (it reads the
// request's selection first): the three levels in one round trip, the answers primed into the loaders that the
// nested fields read, so deeper fields still batch as before. Keep its orders and shapes in step with those files.
// When the request also asks for the participating organizations' members (and their roles), they come too, each
// organization once however many of the events it took part in: read once per event instead, they cost the
// five-level bench request a fifth of its throughput.
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
// A term keeps its text (what it says), as entities-by-id gives it: only an article's long text is left out.
RETURN n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END, labels: labels(n)} AS node, events,
       CASE WHEN $membersLimit IS NULL THEN [] ELSE COLLECT {
         UNWIND events AS participation
         UNWIND participation.participants AS participant
         WITH participant.actor AS actor WHERE 'Organization' IN actor.labels
         WITH DISTINCT actor.id AS id
         MATCH (o:Organization {id: id})
         RETURN {id: o.id, members: {{members-page organization=o}}}
       } END AS members
