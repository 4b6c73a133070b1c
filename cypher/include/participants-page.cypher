// participants-page: the first page of an event's participants, ordered as participants-by-event.cypher orders them
// (role, actor id, relationship), each {actor, relation, members}, for the statements that answer nested participants
// in the same round trip as their events (the API primes its participants loader with them); members is null, or with
// $membersLimit an organization's first members as members-page gives them. Used as `{{participants-page event=e}}`;
// the query declares $participantRoles (null: every role), $participantsLimit, $membersLimit, $rolesLimit and $brief.
COLLECT {
  MATCH ({{event}})<-[q:PARTICIPATED_IN]-(actor)
  WHERE $participantRoles IS NULL OR q.role IN $participantRoles
  WITH q, actor ORDER BY q.role, actor.id, elementId(q) LIMIT toInteger($participantsLimit)
  RETURN {
    actor: {{node-map node=actor}},
    relation: q {.*},
    members: CASE WHEN $membersLimit IS NULL OR NOT actor:Organization THEN null ELSE {{members-page organization=actor}} END
  }
}
