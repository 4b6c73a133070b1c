// proposal-list-count: how many proposals pass the filters of proposal-list (its totalCount)?
// Parameters:
//   $statuses     LIST<STRING>|null  only proposals with one of these statuses; null: any
//   $proposerId   STRING|null        only proposals this person or organization made (PROPOSED); null: any
//   $addresseeId  STRING|null        only proposals made to this person or organization (ADDRESSED_TO); null: any
//   $articleId    STRING|null        only proposals this article states (MENTIONED_IN); null: any
//   $from         STRING|null        ISO date: the range's first day (null: no lower bound)
//   $to           STRING|null        ISO date: the range's last day (null: no upper bound)
//   $match        STRING             how a proposal's date interval meets [from, to]: WITHIN, STARTS_IN or OVERLAPS
// Returns: one row: total - how many proposals pass every filter
// Example: {"statuses": ["proposed"], "proposerId": null, "addresseeId": null, "articleId": null, "from": null, "to": null, "match": "WITHIN"}
// With no filter at all the count store answers (COUNT { (:Proposal) } reads no proposal); otherwise it starts
// from a node filter as proposal-list does, or counts every proposal it reads.
WITH $statuses IS NULL AND $proposerId IS NULL AND $addresseeId IS NULL AND $articleId IS NULL AND $from IS NULL AND $to IS NULL AS unfiltered
CALL (unfiltered) {
  WITH unfiltered WHERE unfiltered
  RETURN COUNT { (:Proposal) } AS total
  UNION ALL
  WITH unfiltered WHERE NOT unfiltered
  CALL () {
    MATCH (:Node {id: $proposerId})-[:PROPOSED]->(p:Proposal)
    RETURN p
    UNION
    WITH 1 AS guard WHERE $proposerId IS NULL
    MATCH (p:Proposal)-[:ADDRESSED_TO]->(:Node {id: $addresseeId})
    RETURN p
    UNION
    WITH 1 AS guard WHERE $proposerId IS NULL AND $addresseeId IS NULL
    MATCH (p:Proposal)-[:MENTIONED_IN]->(:Article {id: $articleId})
    RETURN p
    UNION
    WITH 1 AS guard WHERE $proposerId IS NULL AND $addresseeId IS NULL AND $articleId IS NULL
    MATCH (p:Proposal)
    RETURN p
  }
  WITH p
  WHERE {{proposal-filter proposal=p}}
    AND {{date-in-range node=p}}
  RETURN count(p) AS total
}
// Aggregating, the branch whose guard failed gives a row of 0 all the same: the sum keeps one total.
RETURN sum(total) AS total
