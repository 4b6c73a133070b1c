// unload-mentions: take one article's assertions off the nodes it annotates or references; a node no article mentions any more goes.
// Parameters:
//   $article  STRING  the Article id
// Returns: one row per node the article mentioned: id, names - the names it gave (to drop from aliases if no other
//          source gives them), remaining - how many articles still mention it (0: deleted).
// Example: {"article": "article:us-hamas-direct-talks"}
// Run after unload-facts: a node whose last mention goes has no facts left (every fact's ends are mentioned by
// each article that states it), so a plain DELETE suffices and fails loudly if that ever stops being true.
MATCH (:Article {id: $article})<-[m:MENTIONED_IN]-(n:Node)
WITH n, m ORDER BY n.id
WITH n, m, [name IN [m.name] + coalesce(m.aliases, []) WHERE name IS NOT NULL] AS names
DELETE m
WITH n, n.id AS id, names, COUNT { (n)-[:MENTIONED_IN]->() } AS remaining
CALL (n, remaining) {
  WITH n, remaining WHERE remaining = 0
  DELETE n
}
RETURN id, names, remaining
