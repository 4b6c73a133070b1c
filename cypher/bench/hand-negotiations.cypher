// hand-negotiations: with whom an actor negotiated, rolled up to the top organizations represented, with the
// events behind each pair, in one statement that returns ids only: the hand-written answer beside
// negotiations(actorId:, rollUp: true) { counterpart { id } events { id } }.
// Parameters:
//   $actorId  STRING   the person or organization
//   $rollUp   BOOLEAN  count a person's negotiations for the organization it holds a role in (the workload: true)
//   $limit    INTEGER  at most this many counterparts
// Returns: one row per counterpart, the most negotiated-with first: counterpart - {id}, events - [{id}] (talks and
//   negotiation events behind the pair, by id)
// Example: {"actorId": "person:syn-41", "rollUp": true, "limit": 20}
// The pairing and roll-up rules of negotiations.cypher (the shared ones of cypher/include), without the evidence,
// roles and mediators it gathers; proposals count toward the order as they do there.
MATCH (start:Node {id: $actorId})
WHERE start:Person OR start:Organization
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
  RETURN other, basis
  UNION
  MATCH (member)-[:PROPOSED]->(basis:Proposal)-[:ADDRESSED_TO]->(other)
  RETURN other, basis
  UNION
  MATCH (member)<-[:ADDRESSED_TO]-(basis:Proposal)<-[:PROPOSED]-(other)
  RETURN other, basis
}
CALL (other) {
  {{roll-up actor=other top=counterpart}}
}
WITH self, counterpart, basis WHERE counterpart <> self
WITH DISTINCT counterpart, basis
ORDER BY basis.id
WITH counterpart, collect(basis) AS bases
RETURN {id: counterpart.id} AS counterpart, [basis IN bases WHERE basis:Event | {id: basis.id}] AS events
ORDER BY size(bases) DESC, counterpart.id
LIMIT toInteger($limit)
