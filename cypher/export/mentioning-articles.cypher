// mentioning-articles: the articles that mention any of these nodes, to export with a neighbourhood as its provenance.
// Parameters:
//   $ids  LIST<STRING>  the nodes
// Returns: one row per article: id
// Example: {"ids": ["person:adam-boehler"]}
UNWIND $ids AS id
MATCH (:Node {id: id})-[:MENTIONED_IN]->(a:Article)
RETURN DISTINCT a.id AS id
