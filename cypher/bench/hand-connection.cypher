// hand-connection: the shortest paths of annotated relations between two nodes, at most $maxHops long, in one
// statement: the hand-written answer beside connection(fromId:, toId:) { nodes { id } }.
// Parameters:
//   $fromId  STRING   where the paths start
//   $toId    STRING   where they end
//   $limit   INTEGER  at most this many paths
// Returns: one row per path: nodes - [{id}] in order
// Example: {"fromId": "person:syn-2", "toId": "person:syn-79", "limit": 10}
// The hop bound is written in (4, the bench's): a variable-length bound cannot be a parameter.
MATCH (from:Node {id: $fromId}), (to:Node {id: $toId})
MATCH path = allShortestPaths((from)-[:{{fact-types}}*..4]-(to))
// The API's order (connection.cypher), so that both keep the same page when there are more paths than $limit.
WITH path, [n IN nodes(path) | n.id] AS ids, [r IN relationships(path) | type(r)] AS types
ORDER BY length(path), ids, types
LIMIT toInteger($limit)
RETURN [id IN ids | {id: id}] AS nodes
