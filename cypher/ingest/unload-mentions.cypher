// unload-mentions: take articles' assertions off the nodes they annotate or reference; a node no article mentions any more goes.
// Parameters:
//   $articles  LIST<STRING>  the Article ids
// Returns: one row per node an article mentioned: article, id, names - the names it gave (to drop from aliases if no
//          other source gives them), remaining - how many articles still mention it after this row (0: deleted).
// Example: {"articles": ["article:us-hamas-direct-talks"]}
// Run after unload-facts: a node whose last mention goes has no facts left (every fact's ends are mentioned by
// each article that states it), so a plain DELETE suffices and fails loudly if that ever stops being true.
UNWIND $articles AS article
MATCH (:Article {id: article})<-[m:MENTIONED_IN]-(n:Node)
WITH article, n, m ORDER BY n.id, article
WITH article, n, m, [name IN [m.name] + coalesce(m.aliases, []) WHERE name IS NOT NULL] AS names
DELETE m
WITH article, n, n.id AS id, names, COUNT { (n)-[:MENTIONED_IN]->() } AS remaining
CALL (n, remaining) {
  WITH n, remaining WHERE remaining = 0
  DELETE n
}
RETURN article, id, names, remaining
