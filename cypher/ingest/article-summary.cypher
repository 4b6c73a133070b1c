// article-summary: what the graph holds for one article, by node label, and how many MENTIONED_IN link nodes to it.
// Parameters:
//   $article  STRING  the Article id
// Returns: one row per label and one for MENTIONED_IN: kind - 'label' or 'relationship', name - the label or type,
//          count - nodes the article mentions with that label (its Article node included), or its MENTIONED_IN links.
// The other relationship types are counted by merge-relations: counting them here would walk every relationship
// of every node the article mentions, which grows with how many articles mention the busiest of them.
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
