// prune-relations: remove the relationships an earlier load of this article wrote that its annotation file no longer has.
// Parameters:
//   $article       STRING        the Article id
//   $relationKeys  LIST<STRING>  "from|TYPE|to" of every relation the file has now
// Returns: relationships - how many were removed.
// Example: {"article": "article:example", "relationKeys": ["person:a|HOLDS_ROLE|org:b"]}
// Every relation of an article starts at a node the article mentions, so expanding from its mentions finds
// them all without scanning relationships of other articles' nodes that this article never touched.
MATCH (:Article {id: $article})<-[:MENTIONED_IN]-(n:Node)-[r]->(m:Node)
WHERE r.article = $article
  AND type(r) <> 'MENTIONED_IN'
  AND NOT ((n.id + '|' + type(r) + '|' + m.id) IN $relationKeys)
DELETE r
RETURN count(r) AS relationships
