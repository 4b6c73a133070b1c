// proposal-list: which proposals pass these filters, one page at a time, by id?
// Parameters:
//   $statuses     LIST<STRING>|null  only proposals with one of these statuses (proposed, demanded, under negotiation, accepted, rejected); null: any
//   $proposerId   STRING|null        only proposals this person or organization made (PROPOSED); null: any
//   $addresseeId  STRING|null        only proposals made to this person or organization (ADDRESSED_TO); null: any
//   $articleId    STRING|null        only proposals this article states (MENTIONED_IN); null: any
//   $from         STRING|null        ISO date: the range's first day (null: no lower bound)
//   $to           STRING|null        ISO date: the range's last day (null: no upper bound)
//   $match        STRING             how a proposal's date interval meets [from, to], as in timeline: WITHIN, STARTS_IN or OVERLAPS
//   $after        STRING|null        the id of the last proposal of the previous page; null: the first page
//   $limit        INTEGER            at most this many rows
// Returns: one row per proposal, by id: proposal - its properties and labels
// Example: {"statuses": null, "proposerId": "person:steve-witkoff", "addresseeId": null, "articleId": null, "from": null, "to": null, "match": "WITHIN", "after": null, "limit": 20}
// A node filter starts from that node (the first given of proposer, addressee, article), so asking about one actor
// reads its proposals, not all. Without one, the proposal_id index is read in id order from the cursor on, and
// Neo4j stops once the page is full; a status or date filter alone may then read on past proposals that fail it.
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
  CALL () {
    MATCH (p:Proposal)
    WHERE p.id > coalesce($after, '')
      AND ($statuses IS NULL OR p.status IN $statuses)
      AND {{date-in-range node=p}}
    RETURN p ORDER BY p.id
    LIMIT toInteger($limit)
  }
  RETURN p
}
WITH p
WHERE p.id > coalesce($after, '')
  AND {{proposal-filter proposal=p}}
  AND {{date-in-range node=p}}
RETURN p {.*, labels: labels(p)} AS proposal
ORDER BY p.id
LIMIT toInteger($limit)
