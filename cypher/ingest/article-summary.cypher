// article-summary: what the graph holds for one article, by node label and by relationship type.
// Parameters:
//   $article  STRING  the Article id
// Returns: one row per label and per relationship type: kind - 'label' or 'relationship', name - the label or type,
//          count - nodes the article mentions with that label (its Article node included) or relationships it supports
// Example: {"article": "article:us-hamas-direct-talks"}
MATCH (a:Article {id: $article})
CALL (a) {
  RETURN a AS n
UNION
  MATCH (a)<-[:MENTIONED_IN]-(n:Node)
  RETURN n
}
UNWIND labels(n) AS name
RETURN 'label' AS kind, name, count(*) AS count
UNION ALL
MATCH (:Article {id: $article})<-[r:MENTIONED_IN]-()
RETURN 'relationship' AS kind, 'MENTIONED_IN' AS name, count(r) AS count
UNION ALL
// The mention a pattern walks in by cannot be its r as well, so this branch counts the other relationships.
MATCH (:Article {id: $article})<-[:MENTIONED_IN]-(:Node)-[r]->()
WHERE r.article = $article
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
