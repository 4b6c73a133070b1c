// mediators: who mediated each negotiation, through which event, on what evidence?
// Parameters:
//   $negotiationId  STRING|null  one talks or negotiation event (null: every talks and negotiation event)
//   $limit          INTEGER      at most this many rows
// Returns: one row per negotiation and mediator: negotiation - event id, negotiationTitle - its title, kind - talks or negotiation, parties - ids of the parties and negotiators on either side, mediator - mediator id, mediatorName - its name, via - ids of the events the mediator took part in (the negotiation itself, a part of it, or a mediation event linked to it), evidence - the quotes of those PARTICIPATED_IN relations, articles - where the quotes are
// Example: {"negotiationId": null, "limit": 50}
// Two branches, each from an index: the id constraint for one event, the kind index for all. A WITH ... WHERE guard
// placed before a MATCH is checked before it runs, so asking about one event never reads every negotiation.
CALL {
  MATCH (e:Event {id: $negotiationId})
  WHERE e.kind IN {{negotiation-kinds}}
  RETURN e
  UNION
  WITH 1 AS guard WHERE $negotiationId IS NULL
  MATCH (e:Event)
  WHERE e.kind IN {{negotiation-kinds}}
  RETURN e
}
// The mediator may sit on the negotiation itself, on a part of it, or on a mediation event linked to it.
CALL (e) {
  MATCH (m)-[p:PARTICIPATED_IN {role: 'mediator'}]->(e)
  RETURN m, p, e AS via
  UNION
  MATCH (m)-[p:PARTICIPATED_IN {role: 'mediator'}]->(via:Event)-[:PART_OF_EVENT]->(e)
  RETURN m, p, via
  UNION
  // Expand from the negotiation (WITH keeps the planner from seeking every mediation event by kind).
  MATCH (e)--(via:Event)
  WITH DISTINCT via WHERE via.kind = 'mediation'
  MATCH (m)-[p:PARTICIPATED_IN {role: 'mediator'}]->(via)
  RETURN m, p, via
}
WITH e, m, via, p
ORDER BY via.id
WITH e, m, collect(DISTINCT via.id) AS via, collect(p) AS relations
WITH e, m, via,
     COLLECT { UNWIND relations AS p MATCH (x:Evidence {fact: p.key}) UNWIND x.evidence AS quote RETURN DISTINCT quote } AS evidence,
     COLLECT { UNWIND relations AS p MATCH (x:Evidence {fact: p.key}) RETURN DISTINCT x.article } AS articles
ORDER BY e.earliest, e.id, m.id
LIMIT $limit
RETURN e.id AS negotiation,
       e.title AS negotiationTitle,
       e.kind AS kind,
       COLLECT {
         MATCH (party)-[q:PARTICIPATED_IN]->(e)
         WHERE q.role IN {{negotiating-roles}}
         RETURN party.id ORDER BY party.id
       } AS parties,
       m.id AS mediator,
       coalesce(m.name, m.title) AS mediatorName,
       via,
       evidence,
       articles
