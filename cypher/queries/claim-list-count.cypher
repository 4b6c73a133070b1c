// claim-list-count: how many figures pass the filters of claim-list (its totalCount)?
// Parameters:
//   $sourceId   STRING|null  only figures this person or organization gives (CLAIMED); null: any
//   $subjectId  STRING|null  only figures about this node (ABOUT); null: any
//   $unit       STRING|null  only figures counting exactly this; null: any
//   $articleId  STRING|null  only figures this article states (MENTIONED_IN); null: any
// Returns: one row: total - how many claims pass every filter
// Example: {"sourceId": null, "subjectId": "event:hostages-held-in-gaza", "unit": null, "articleId": null}
// With no filter at all the count store answers (COUNT { (:Claim) } reads no claim); otherwise it starts
// from a node filter as claim-list does, or counts every claim it reads.
WITH $sourceId IS NULL AND $subjectId IS NULL AND $unit IS NULL AND $articleId IS NULL AS unfiltered
CALL (unfiltered) {
  WITH unfiltered WHERE unfiltered
  RETURN COUNT { (:Claim) } AS total
  UNION ALL
  WITH unfiltered WHERE NOT unfiltered
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
}
// Aggregating, the branch whose guard failed gives a row of 0 all the same: the sum keeps one total.
RETURN sum(total) AS total
