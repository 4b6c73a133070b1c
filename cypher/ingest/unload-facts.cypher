// unload-facts: take articles' Evidence records away from the facts they support; a fact no article states any more goes.
// Parameters:
//   $articles  LIST<STRING>  the Article ids
// Returns: one row per fact an article stated: article, key - "from|TYPE|to", remaining - how many sources still
//          state it after this row (0: deleted).
// Example: {"articles": ["article:us-hamas-direct-talks"]}
// Facts are found from the articles' records (evidence_article index), never by walking a busy node's relationships.
// Sorted by fact, so that concurrent transactions lock relationships in one order.
UNWIND $articles AS article
MATCH (e:Evidence {article: article})
WITH e ORDER BY e.fact, e.article
MATCH (:Node {id: e.from})-[r:$(e.type)]->(:Node {id: e.to})
SET r.sources = r.sources - 1
WITH e, r, e.article AS article, e.fact AS key, r.sources AS remaining
DELETE e
WITH r, article, key, remaining
CALL (r, remaining) {
  WITH r, remaining WHERE remaining = 0
  DELETE r
}
RETURN article, key, remaining
