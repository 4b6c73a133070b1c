// statement-filter: whether {{statement}} passes the statement list's filters (statement-list,
// statement-list-count): stated by $speakerId (STATED), quoted in the article $articleId (MENTIONED_IN); a null
// filter passes every statement. The query declares those two parameters.
($speakerId IS NULL OR EXISTS { (:Node {id: $speakerId})-[:STATED]->({{statement}}) })
AND ($articleId IS NULL OR EXISTS { ({{statement}})-[:MENTIONED_IN]->(:Article {id: $articleId}) })
