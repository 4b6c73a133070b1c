// unload-facts: take one article's Evidence records away from the facts they support; a fact no article states any more goes.
// Parameters:
//   $article  STRING  the Article id
// Returns: one row per fact the article stated: key - "from|TYPE|to", remaining - how many sources still state it (0: deleted).
// Example: {"article": "article:us-hamas-direct-talks"}
// Facts are found from the article's records (evidence_article index), never by walking a busy node's relationships.
MATCH (e:Evidence {article: $article})
WITH e ORDER BY e.fact
MATCH (:Node {id: e.from})-[r:$(e.type)]->(:Node {id: e.to})
SET r.sources = r.sources - 1
WITH e, r, e.fact AS key, r.sources AS remaining
DELETE e
WITH r, key, remaining
CALL (r, remaining) {
  WITH r, remaining WHERE remaining = 0
  DELETE r
}
RETURN key, remaining
