// delete-article: remove Article nodes once unload-facts and unload-mentions have taken their assertions away.
// Parameters:
//   $articles  LIST<STRING>  the Article ids
// Returns: one row per article that was in the graph: article - its id.
// Example: {"articles": ["article:us-hamas-direct-talks"]}
UNWIND $articles AS id
MATCH (a:Article {id: id})
DELETE a
RETURN id AS article
