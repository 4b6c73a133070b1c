// claim-list: which figures pass these filters, one page at a time, by id?
// Parameters:
//   $sourceId   STRING|null  only figures this person or organization gives (CLAIMED); null: any
//   $subjectId  STRING|null  only figures about this node (ABOUT), an event say; null: any
//   $unit       STRING|null  only figures counting exactly this (living hostages held in Gaza); null: any
//   $articleId  STRING|null  only figures this article states (MENTIONED_IN); null: any
//   $after      STRING|null  the id of the last claim of the previous page; null: the first page
//   $limit      INTEGER      at most this many rows
// Returns: one row per claim, by id: claim - its properties and labels
// Example: {"sourceId": "org:israeli-officials", "subjectId": null, "unit": null, "articleId": null, "after": null, "limit": 20}
// A node filter starts from that node (the first given of source, subject, article). Without one, the claim_id index
// is read in id order from the cursor on, and Neo4j stops once the page is full; a unit filter alone may then read
// on past figures of other units.
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
  CALL () {
    MATCH (c:Claim)
    WHERE c.id > coalesce($after, '')
      AND ($unit IS NULL OR c.unit = $unit)
    RETURN c ORDER BY c.id
    LIMIT toInteger($limit)
  }
  RETURN c
}
WITH c
WHERE c.id > coalesce($after, '')
  AND {{claim-filter claim=c}}
RETURN c {.*, labels: labels(c)} AS claim
ORDER BY c.id
LIMIT toInteger($limit)
