// proposal-filter: whether {{proposal}} passes the proposal list's filters (proposal-list, proposal-list-count):
// a status in $statuses, made by $proposerId (PROPOSED), made to $addresseeId (ADDRESSED_TO), stated in the
// article $articleId (MENTIONED_IN); a null filter passes every proposal. The query declares those four parameters.
($statuses IS NULL OR {{proposal}}.status IN $statuses)
AND ($proposerId IS NULL OR EXISTS { (:Node {id: $proposerId})-[:PROPOSED]->({{proposal}}) })
AND ($addresseeId IS NULL OR EXISTS { ({{proposal}})-[:ADDRESSED_TO]->(:Node {id: $addresseeId}) })
AND ($articleId IS NULL OR EXISTS { ({{proposal}})-[:MENTIONED_IN]->(:Article {id: $articleId}) })
