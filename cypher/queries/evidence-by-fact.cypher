// evidence-by-fact: which articles state each of these facts, and with which quotes?
// Parameters:
//   $ids    LIST<STRING>  fact keys (a fact relationship's `key`, from|TYPE|to)
//   $skip   INTEGER       leave out this many articles per fact first (paging)
//   $limit  INTEGER       at most this many articles per fact
// Returns: one row per fact and article: id - the fact key, relation - the article's Evidence record {article, evidence, evidenceStart, evidenceEnd} (its quotes, parallel lists)
// Example: {"ids": ["org:qatar|PARTICIPATED_IN|event:us-hamas-direct-talks"], "skip": 0, "limit": 20}
// In resolution order (the rank of the article: earliest published first), before each fact's skip and limit.
// The hint and the rank predicate make Neo4j read the (fact, rank) index in order and stop after skip + limit
// entries: without them it picks the index on fact alone and sorts every source of a fact 10,000 articles state.
UNWIND $ids AS id
CALL (id) {
  MATCH (ev:Evidence)
  USING INDEX ev:Evidence(fact, rank)
  WHERE ev.fact = id AND ev.rank IS NOT NULL
  RETURN ev ORDER BY ev.fact, ev.rank SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, ev {.article, .evidence, .evidenceStart, .evidenceEnd} AS relation
