// article-texts: the full text of each of these articles (every evidence offset points into it).
// Parameters:
//   $ids  LIST<STRING>  article ids
// Returns: one row per article found: id - the article id, text - its text
// Example: {"ids": ["article:us-hamas-direct-talks"]}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
