// search: which people, organizations and places match these words in their name or aliases?
// Parameters:
//   $query  STRING   a Lucene query over the entity_names full-text index (the API escapes the words it is given)
//   $limit  INTEGER  at most this many rows
// Returns: one row per entity, best match first: id - the entity id, score - the full-text relevance, node - its properties and labels
// Example: {"query": "boehler", "limit": 10}
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node.id AS id, score, node {.*, labels: labels(node)} AS node
ORDER BY score DESC, id
