// article-summary: what the graph holds for each article of a batch, by node label, and how many MENTIONED_IN link nodes to it.
// Parameters:
//   $articles  LIST<STRING>  the Article ids
// Returns: one row per article and label and one per article for MENTIONED_IN: article, kind - 'label' or
//          'relationship', name - the label or type, count - nodes the article mentions with that label (its Article
//          node included), or its MENTIONED_IN links.
// The other relationship types are counted by merge-facts: counting them here would walk every relationship
// of every node the article mentions, which grows with how many articles mention the busiest of them.
// Example: {"articles": ["article:us-hamas-direct-talks"]}
UNWIND $articles AS article
MATCH (a:Article {id: article})
CALL (a) {
  RETURN a AS n
UNION
  MATCH (a)<-[:MENTIONED_IN]-(n:Node)
  RETURN n
}
UNWIND labels(n) AS name
RETURN article, 'label' AS kind, name, count(*) AS count
UNION ALL
UNWIND $articles AS article
MATCH (:Article {id: article})<-[r:MENTIONED_IN]-()
RETURN article, 'relationship' AS kind, 'MENTIONED_IN' AS name, count(r) AS count
