// remove-article: deletes one article's relationships and its Article node, leaving the nodes it mentions, so
// the next load of it is a first load again (npm run bench:load).
// Parameters:
//   $article  STRING  the Article id
// Returns: one row: removed - how many relationships were deleted besides the mentions
// Example: {"article": "article:us-hamas-direct-talks"}
MATCH (a:Article {id: $article})<-[:MENTIONED_IN]-(n:Node)
OPTIONAL MATCH (n)-[r {article: $article}]->()
WHERE NOT r:MENTIONED_IN
WITH a, collect(DISTINCT r) AS relationships
FOREACH (r IN relationships | DELETE r)
DETACH DELETE a
RETURN size(relationships) AS removed
