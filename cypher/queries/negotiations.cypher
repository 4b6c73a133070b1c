// negotiations: with whom did this person or organization negotiate, in which roles, through which mediators, in which events and proposals?
// Parameters:
//   $actorId  STRING   the person or organization
//   $rollUp   BOOLEAN  count a person's negotiations for the organization it holds a role in, and an organization's for the top organization it is part of
//   $limit    INTEGER  at most this many counterparts
//   $mediators  BOOLEAN  find each event's mediators (false: every mediators list is empty, for a request that asks for none)
//   $sides      BOOLEAN  collect each side's participations (false: every ours and theirs list is empty, for a request that asks for no roles and no evidence)
//   $brief      BOOLEAN  nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row per counterpart, the most negotiated-with first: actor - the actor (or, rolled up, the top organization it represents), counterpart - the other side (rolled up likewise), bases - one map per talks or negotiation event or proposal behind the pair: {basis - the event or proposal, ours - the actor side's participations, theirs - the counterpart side's, each {actor, role, side, relation (with table, the table side, when the article gives one)}, mediators - [{actor, event, relation}]}; with $brief the nodes carry only id, name, title and labels
// Example: {"actorId": "person:adam-boehler", "rollUp": false, "limit": 20, "mediators": true, "sides": true, "brief": false}
// Derived, never stored: two actors negotiated when both took part in one talks or negotiation event as party,
// lead negotiator or negotiator on different sides, or when one PROPOSED a proposal ADDRESSED_TO the other.
// Sides are the table sides (`table`) when both participations give one: the US and Israel at one table side face
// Hamas, not each other. Without them, the side represented (`side`, else the actor itself) decides.
MATCH (start:Node {id: $actorId})
WHERE start:Person OR start:Organization
// Rolled up, the actor becomes the top organization it represents, and everyone who rolls up to it counts.
CALL (start) {
  {{roll-up actor=start top=self}}
}
CALL (start, self) {
  WITH start WHERE NOT $rollUp
  RETURN start AS member
  UNION
  WITH self WHERE $rollUp
  MATCH (member)-[:PART_OF*0..4]->(self) RETURN member
  UNION
  WITH self WHERE $rollUp
  MATCH (member:Person)-[:HOLDS_ROLE]->(:Organization)-[:PART_OF*0..4]->(self) RETURN member
}
CALL (member) {
  MATCH (member)-[mine:PARTICIPATED_IN]->(basis:Event)<-[theirs:PARTICIPATED_IN]-(other)
  WHERE basis.kind IN {{negotiation-kinds}}
    AND mine.role IN {{negotiating-roles}} AND theirs.role IN {{negotiating-roles}}
    AND CASE WHEN mine.table IS NOT NULL AND theirs.table IS NOT NULL THEN mine.table <> theirs.table
             ELSE coalesce(mine.side, member.id) <> coalesce(theirs.side, other.id) END
  RETURN other, basis, mine, theirs
  UNION
  MATCH (member)-[mine:PROPOSED]->(basis:Proposal)-[theirs:ADDRESSED_TO]->(other)
  RETURN other, basis, mine, theirs
  UNION
  MATCH (member)<-[mine:ADDRESSED_TO]-(basis:Proposal)<-[theirs:PROPOSED]-(other)
  RETURN other, basis, mine, theirs
}
CALL (other) {
  {{roll-up actor=other top=counterpart}}
}
WITH self, counterpart, member, other, basis, mine, theirs
// Two people of the same state on different sides are internal, not a negotiation of the state with itself.
WHERE counterpart <> self
// Lists come back in a fixed order (by id), so the same graph always gives the same answer.
WITH self, counterpart, member, other, basis, mine, theirs
ORDER BY member.id, other.id, type(mine), type(theirs)
// Each side's part only when the request shows roles or evidence: collect leaves out the nulls CASE gives otherwise,
// so no map is built for a row (most of this statement's work when the pair rests on many events).
WITH self, counterpart, basis,
     collect(DISTINCT CASE WHEN $sides THEN {actor: {{node-map node=member brief=$brief}}, role: coalesce(mine.role, CASE type(mine) WHEN 'PROPOSED' THEN 'proposer' ELSE 'addressee' END), side: mine.side, relation: mine {.*}} END) AS ours,
     collect(DISTINCT CASE WHEN $sides THEN {actor: {{node-map node=other brief=$brief}}, role: coalesce(theirs.role, CASE type(theirs) WHEN 'PROPOSED' THEN 'proposer' ELSE 'addressee' END), side: theirs.side, relation: theirs {.*}} END) AS theirs
// Mediators sit on the event itself, on a part of it, or on a mediation event linked to it.
// The costliest part (every venue of every event): skipped when the request shows no mediators and no evidence.
CALL (basis) {
  WITH basis WHERE basis:Event AND $mediators
  CALL (basis) {
    RETURN basis AS venue
    UNION
    MATCH (basis)<-[:PART_OF_EVENT]-(venue:Event) RETURN venue
    UNION
    MATCH (basis)--(venue:Event {kind: 'mediation'}) RETURN venue
  }
  MATCH (venue)<-[m:PARTICIPATED_IN {role: 'mediator'}]-(mediator)
  WITH venue, m, mediator
  ORDER BY mediator.id, venue.id
  RETURN collect({actor: {{node-map node=mediator brief=$brief}}, event: {{node-map node=venue brief=$brief}}, relation: m {.*}}) AS mediators
}
WITH self, counterpart, basis, ours, theirs, mediators
ORDER BY basis.id
WITH self, counterpart, collect({basis: {{node-map node=basis brief=$brief}}, ours: ours, theirs: theirs, mediators: mediators}) AS bases
RETURN {{node-map node=self brief=$brief}} AS actor, {{node-map node=counterpart brief=$brief}} AS counterpart, bases
ORDER BY size(bases) DESC, counterpart.id
LIMIT toInteger($limit)
