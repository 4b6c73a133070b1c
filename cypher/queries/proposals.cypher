// proposals: which proposals were made, by whom to whom, with which terms, on what evidence?
// Parameters:
//   $proposalId  STRING|null  one proposal (null: all, or those of $actorId)
//   $actorId     STRING|null  only proposals this actor, one of its people or one of its parts proposed, demanded, rejected or received (ignored when $proposalId is given)
//   $limit       INTEGER      at most this many rows
// Returns: one row per proposal: proposal - id, title, status, summary, dateText, earliest, latest - its date when given, proposers, addressees, demandedBy, rejectedBy - actors as {id, name}, about - ids of what it concerns, terms - {id, kind, text, inExchangeFor, note, binds: ids of the bound parties, evidence}, evidence - the quotes that mention the proposal
// Example: {"proposalId": null, "actorId": "org:united-states", "limit": 20}
// The guard (WITH ... WHERE before the MATCH) is checked before the label is read: asking about one proposal or actor never reads them all.
CALL {
  MATCH (p:Proposal {id: $proposalId})
  RETURN p
  UNION
  WITH 1 AS guard WHERE $proposalId IS NULL AND $actorId IS NULL
  MATCH (p:Proposal)
  RETURN p
  UNION
  // An actor's proposals include those of the people holding roles in it and of its parts (bounded depth).
  MATCH (actor:Node {id: $actorId})
  WHERE $proposalId IS NULL
  MATCH (member)-[:HOLDS_ROLE|PART_OF*0..3]->(actor)
  MATCH (member)-[:PROPOSED|DEMANDED|REJECTED]->(p:Proposal)
  RETURN p
  UNION
  MATCH (actor:Node {id: $actorId})
  WHERE $proposalId IS NULL
  MATCH (member)-[:HOLDS_ROLE|PART_OF*0..3]->(actor)
  MATCH (p:Proposal)-[:ADDRESSED_TO]->(member)
  RETURN p
}
WITH p
ORDER BY p.earliest, p.id
LIMIT $limit
RETURN p.id AS proposal,
       p.title AS title,
       p.status AS status,
       p.summary AS summary,
       p.dateText AS dateText,
       p.earliest AS earliest,
       p.latest AS latest,
       COLLECT { MATCH (a)-[:PROPOSED]->(p) RETURN {id: a.id, name: a.name} AS actor ORDER BY actor.id } AS proposers,
       COLLECT { MATCH (p)-[:ADDRESSED_TO]->(a) RETURN {id: a.id, name: a.name} AS actor ORDER BY actor.id } AS addressees,
       COLLECT { MATCH (a)-[:DEMANDED]->(p) RETURN {id: a.id, name: a.name} AS actor ORDER BY actor.id } AS demandedBy,
       COLLECT { MATCH (a)-[:REJECTED]->(p) RETURN {id: a.id, name: a.name} AS actor ORDER BY actor.id } AS rejectedBy,
       COLLECT { MATCH (p)-[:ABOUT]->(x) RETURN x.id ORDER BY x.id } AS about,
       COLLECT {
         MATCH (p)-[:HAS_TERM]->(t:Term)
         RETURN {
           id: t.id, kind: t.kind, text: t.text, inExchangeFor: t.inExchangeFor, note: t.note,
           binds: COLLECT { MATCH (t)-[:BINDS]->(b) RETURN b.id ORDER BY b.id },
           evidence: COLLECT { MATCH (t)-[m:MENTIONED_IN]->(:Article) UNWIND m.evidence AS quote RETURN quote }
         } AS term ORDER BY term.id
       } AS terms,
       COLLECT { MATCH (p)-[m:MENTIONED_IN]->(:Article) UNWIND m.evidence AS quote RETURN quote } AS evidence
