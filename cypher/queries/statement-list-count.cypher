// statement-list-count: how many statements pass the filters of statement-list (its totalCount)?
// Parameters:
//   $speakerId  STRING|null  only statements this person or organization made (STATED); null: any
//   $articleId  STRING|null  only statements this article quotes (MENTIONED_IN); null: any
//   $from       STRING|null  ISO date: the range's first day (null: no lower bound)
//   $to         STRING|null  ISO date: the range's last day (null: no upper bound)
//   $match      STRING       how a statement's date interval meets [from, to]: WITHIN, STARTS_IN or OVERLAPS
// Returns: one row: total - how many statements pass every filter
// Example: {"speakerId": null, "articleId": "article:us-hamas-direct-talks", "from": null, "to": null, "match": "WITHIN"}
// With no filter at all the count store answers (COUNT { (:Statement) } reads no statement); otherwise it starts
// from a node filter as statement-list does, or counts every statement it reads.
WITH $speakerId IS NULL AND $articleId IS NULL AND $from IS NULL AND $to IS NULL AS unfiltered
CALL (unfiltered) {
  WITH unfiltered WHERE unfiltered
  RETURN COUNT { (:Statement) } AS total
  UNION ALL
  WITH unfiltered WHERE NOT unfiltered
  CALL () {
    MATCH (:Node {id: $speakerId})-[:STATED]->(s:Statement)
    RETURN s
    UNION
    WITH 1 AS guard WHERE $speakerId IS NULL
    MATCH (s:Statement)-[:MENTIONED_IN]->(:Article {id: $articleId})
    RETURN s
    UNION
    WITH 1 AS guard WHERE $speakerId IS NULL AND $articleId IS NULL
    MATCH (s:Statement)
    RETURN s
  }
  WITH s
  WHERE {{statement-filter statement=s}}
    AND {{date-in-range node=s}}
  RETURN count(s) AS total
}
// Aggregating, the branch whose guard failed gives a row of 0 all the same: the sum keeps one total.
RETURN sum(total) AS total
