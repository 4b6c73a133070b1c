// hand-negotiations: with whom an actor negotiated, rolled up to the top organizations represented, with the
// events behind each pair, in one statement that returns ids only: the hand-written answer beside
// negotiations(actorId:, rollUp: true) { counterpart { id } events { id } }.
// Parameters:
//   $actorId  STRING   the person or organization
//   $limit    INTEGER  at most this many counterparts
// Returns: one row per counterpart, the most negotiated-with first: counterpart - {id}, events - [{id}] (talks and
//   negotiation events behind the pair, by id)
// Example: {"actorId": "person:syn-41", "limit": 20}
// The pairing rule of negotiations.cypher (parties and negotiators on different tables, else sides), without the
// evidence, roles and mediators it gathers; proposals count toward the order as they do there.
MATCH (start:Node {id: $actorId})
WHERE start:Person OR start:Organization
OPTIONAL MATCH (start:Person)-[:HOLDS_ROLE]->(org:Organization)
WITH DISTINCT coalesce(org, start) AS base
MATCH (base)-[:PART_OF*0..4]->(self) WHERE NOT (self)-[:PART_OF]->()
WITH DISTINCT self
CALL (self) {
  MATCH (member)-[:PART_OF*0..4]->(self) RETURN member
  UNION
  MATCH (member:Person)-[:HOLDS_ROLE]->(:Organization)-[:PART_OF*0..4]->(self) RETURN member
}
CALL (member) {
  MATCH (member)-[mine:PARTICIPATED_IN]->(basis:Event)<-[theirs:PARTICIPATED_IN]-(other)
  WHERE basis.kind IN ['talks', 'negotiation']
    AND mine.role IN ['party', 'lead negotiator', 'negotiator'] AND theirs.role IN ['party', 'lead negotiator', 'negotiator']
    AND CASE WHEN mine.table IS NOT NULL AND theirs.table IS NOT NULL THEN mine.table <> theirs.table
             ELSE coalesce(mine.side, member.id) <> coalesce(theirs.side, other.id) END
  RETURN other, basis
  UNION
  MATCH (member)-[:PROPOSED]->(basis:Proposal)-[:ADDRESSED_TO]->(other)
  RETURN other, basis
  UNION
  MATCH (member)<-[:ADDRESSED_TO]-(basis:Proposal)<-[:PROPOSED]-(other)
  RETURN other, basis
}
CALL (other) {
  OPTIONAL MATCH (other:Person)-[:HOLDS_ROLE]->(org:Organization)
  WITH DISTINCT coalesce(org, other) AS base
  MATCH (base)-[:PART_OF*0..4]->(counterpart) WHERE NOT (counterpart)-[:PART_OF]->()
  RETURN DISTINCT counterpart
}
WITH self, counterpart, basis WHERE counterpart <> self
WITH DISTINCT counterpart, basis
ORDER BY basis.id
WITH counterpart, collect(basis) AS bases
RETURN {id: counterpart.id} AS counterpart, [basis IN bases WHERE basis:Event | {id: basis.id}] AS events
ORDER BY size(bases) DESC, counterpart.id
LIMIT toInteger($limit)
