// hand-five-levels: five nested lists in one statement (an organization's events, their participants, the
// organizations' members, the members' roles): the hand-written answer beside the same nested GraphQL query.
// Parameters:
//   $id     STRING   the organization
//   $limit  INTEGER  at most this many items per list
// Returns: one row: id, events - [{event: {id, participants: [{actor: {id, members: [{person: {id, roles: [{organization: {id}}]}}]}}]}}]
// Example: {"id": "org:syn-42", "limit": 50}
// Each list in the API's order: events earliest first, participants by role then actor, members and roles by id.
MATCH (org:Organization {id: $id})
CALL (org) {
  MATCH (org)-[p:PARTICIPATED_IN]->(e:Event)
  WITH p, e ORDER BY e.earliest, e.id, p.role, elementId(p)
  LIMIT toInteger($limit)
  RETURN collect({event: {id: e.id, participants: COLLECT {
    MATCH (e)<-[q:PARTICIPATED_IN]-(actor)
    WITH q, actor ORDER BY q.role, actor.id LIMIT toInteger($limit)
    RETURN {actor: {id: actor.id, members: COLLECT {
      MATCH (actor:Organization)<-[:HOLDS_ROLE]-(person:Person)
      WITH DISTINCT person ORDER BY person.id LIMIT toInteger($limit)
      RETURN {person: {id: person.id, roles: COLLECT {
        MATCH (person)-[:HOLDS_ROLE]->(o:Organization)
        WITH DISTINCT o ORDER BY o.id LIMIT toInteger($limit)
        RETURN {organization: {id: o.id}}
      }}}
    }}}
  }}}) AS events
}
RETURN org.id AS id, events
