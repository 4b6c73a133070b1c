// claim-filter: whether {{claim}} passes the claim list's filters (claim-list, claim-list-count): given by
// $sourceId (CLAIMED), about $subjectId (ABOUT), counting exactly $unit, stated in the article $articleId
// (MENTIONED_IN); a null filter passes every claim. The query declares those four parameters.
($sourceId IS NULL OR EXISTS { (:Node {id: $sourceId})-[:CLAIMED]->({{claim}}) })
AND ($subjectId IS NULL OR EXISTS { ({{claim}})-[:ABOUT]->(:Node {id: $subjectId}) })
AND ($unit IS NULL OR {{claim}}.unit = $unit)
AND ($articleId IS NULL OR EXISTS { ({{claim}})-[:MENTIONED_IN]->(:Article {id: $articleId}) })
