// claim-list-count: how many figures pass the filters of claim-list (its totalCount)?
// Parameters:
//   $sourceId   STRING|null  only figures this person or organization gives (CLAIMED); null: any
//   $subjectId  STRING|null  only figures about this node (ABOUT); null: any
//   $unit       STRING|null  only figures counting exactly this; null: any
//   $articleId  STRING|null  only figures this article states (MENTIONED_IN); null: any
// Returns: one row: total - how many claims pass every filter
// Example: {"sourceId": null, "subjectId": "event:hostages-held-in-gaza", "unit": null, "articleId": null}
// Starts from a node filter as claim-list does; without one it counts every claim it reads.
CALL () {
  MATCH (:Node {id: $sourceId})-[:CLAIMED]->(c:Claim)
  RETURN c
  UNION
  WITH 1 AS guard WHERE $sourceId IS NULL
  MATCH (c:Claim)-[:ABOUT]->(:Node {id: $subjectId})
  RETURN c
  UNION
  WITH 1 AS guard WHERE $sourceId IS NULL AND $subjectId IS NULL
  MATCH (c:Claim)-[:MENTIONED_IN]->(:Article {id: $articleId})
  RETURN c
  UNION
  WITH 1 AS guard WHERE $sourceId IS NULL AND $subjectId IS NULL AND $articleId IS NULL
  MATCH (c:Claim)
  RETURN c
}
WITH c
WHERE {{claim-filter claim=c}}
RETURN count(c) AS total
