// delete-article: remove an Article node once unload-facts and unload-mentions have taken its assertions away.
// Parameters:
//   $article  STRING  the Article id
// Returns: one row: articles - 1 when the article was in the graph, else 0.
// Example: {"article": "article:us-hamas-direct-talks"}
OPTIONAL MATCH (a:Article {id: $article})
DELETE a
RETURN count(a) AS articles
