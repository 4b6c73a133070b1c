// statement-list: which statements pass these filters, one page at a time, by id?
// Parameters:
//   $speakerId  STRING|null  only statements this person or organization made (STATED); null: any
//   $articleId  STRING|null  only statements this article quotes (MENTIONED_IN); null: any
//   $from       STRING|null  ISO date: the range's first day (null: no lower bound)
//   $to         STRING|null  ISO date: the range's last day (null: no upper bound)
//   $match      STRING       how a statement's date interval meets [from, to], as in timeline: WITHIN, STARTS_IN or OVERLAPS
//   $after      STRING|null  the id of the last statement of the previous page; null: the first page
//   $limit      INTEGER      at most this many rows
// Returns: one row per statement, by id: statement - its properties and labels
// Example: {"speakerId": "person:donald-trump", "articleId": null, "from": null, "to": null, "match": "WITHIN", "after": null, "limit": 20}
// A node filter starts from that node (the speaker, else the article). Without one, the statement_id index is read
// in id order from the cursor on, and Neo4j stops once the page is full; a date filter alone may then read on past
// statements outside the range.
CALL () {
  MATCH (:Node {id: $speakerId})-[:STATED]->(s:Statement)
  RETURN s
  UNION
  WITH 1 AS guard WHERE $speakerId IS NULL
  MATCH (s:Statement)-[:MENTIONED_IN]->(:Article {id: $articleId})
  RETURN s
  UNION
  WITH 1 AS guard WHERE $speakerId IS NULL AND $articleId IS NULL
  CALL () {
    MATCH (s:Statement)
    WHERE s.id > coalesce($after, '')
      AND {{date-in-range node=s}}
    RETURN s ORDER BY s.id
    LIMIT toInteger($limit)
  }
  RETURN s
}
WITH s
WHERE s.id > coalesce($after, '')
  AND {{statement-filter statement=s}}
  AND {{date-in-range node=s}}
RETURN s {.*, labels: labels(s)} AS statement
ORDER BY s.id
LIMIT toInteger($limit)
