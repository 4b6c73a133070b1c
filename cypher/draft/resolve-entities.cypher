// resolve-entities: which people, organizations and places already in the graph may each drafted mention name?
// Parameters:
//   $mentions  LIST<MAP>  {key: STRING (the drafted id), query: STRING (a Lucene query over the entity_names
//                         full-text index; the drafter escapes the words), name: STRING (the mention as written),
//                         label: STRING (Person, Organization or Place)}
//   $limit     INTEGER    at most this many candidates per mention
// Returns: one row per candidate: key - the drafted id, id, name, kind (organizations), score - full-text relevance,
//          exact - true when the name or an alias equals the mention (ignoring case)
// Example: {"mentions": [{"key": "person:boehler", "query": "boehler", "name": "Boehler", "label": "Person"}], "limit": 5}
UNWIND $mentions AS mention
CALL (mention) {
  CALL db.index.fulltext.queryNodes('entity_names', mention.query, {limit: toInteger($limit)}) YIELD node, score
  WHERE mention.label IN labels(node)
  RETURN node, score
}
RETURN mention.key AS key, node.id AS id, node.name AS name, node.kind AS kind, score,
       toLower(node.name) = toLower(mention.name) OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = toLower(mention.name)) AS exact
ORDER BY key, exact DESC, score DESC, id
