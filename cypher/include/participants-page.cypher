// participants-page: the first page of an event's participants, ordered as participants-by-event.cypher orders them
// (role, actor id, relationship), each {actor, relation}, for the statements that answer nested participants in the
// same round trip as their events (the API primes its participants loader with them). Used as
// `{{participants-page event=e}}`; the query declares $participantRoles (null: every role), $participantsLimit and
// $participantsBrief (the actors brief: cypher/include/node-map.cypher), which the events' own $brief does not decide.
COLLECT {
  MATCH ({{event}})<-[q:PARTICIPATED_IN]-(actor)
  WHERE $participantRoles IS NULL OR q.role IN $participantRoles
  WITH q, actor ORDER BY q.role, actor.id, elementId(q) LIMIT toInteger($participantsLimit)
  RETURN {actor: {{node-map node=actor brief=$participantsBrief}}, relation: q {.*}}
}
