// connection: how are these two nodes connected: the shortest paths of typed relations between them (evidence-by-fact has the quotes of each relation)?
// Parameters:
//   $fromId   STRING   where the paths start
//   $toId     STRING   where they end (a different node)
//   $maxHops  INTEGER  the longest path to look for, 1 to 4 relations
//   $limit    INTEGER  at most this many paths
//   $brief    BOOLEAN  nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row per shortest path: nodes - its nodes in order (properties and labels), relations - its relations in order, each {type, source, target, role?, side?, title?, key, sources (how many articles state it; evidence-by-fact has their quotes)}; with $brief the nodes carry only id, name, title and labels
// Example: {"fromId": "person:donald-trump", "toId": "org:hamas", "maxHops": 3, "limit": 10, "brief": false}
// Paths follow the annotated relations only: MENTIONED_IN would join any two nodes through their article.
// A variable-length bound cannot be a parameter, and a length filter on a shortest path makes Neo4j fall
// back to an exhaustive search, so each allowed bound has its own branch and only the one asked for runs.
MATCH (from:Node {id: $fromId}), (to:Node {id: $toId})
CALL (from, to) {
  WITH from, to WHERE $maxHops = 1
  MATCH path = allShortestPaths((from)-[:{{fact-types}}*..1]-(to))
  RETURN path
  UNION
  WITH from, to WHERE $maxHops = 2
  MATCH path = allShortestPaths((from)-[:{{fact-types}}*..2]-(to))
  RETURN path
  UNION
  WITH from, to WHERE $maxHops = 3
  MATCH path = allShortestPaths((from)-[:{{fact-types}}*..3]-(to))
  RETURN path
  UNION
  WITH from, to WHERE $maxHops = 4
  MATCH path = allShortestPaths((from)-[:{{fact-types}}*..4]-(to))
  RETURN path
}
// Paths of the same length come back in a fixed order (node ids, then relation types), so the same graph always
// gives the same answer and the same page.
WITH path, [n IN nodes(path) | n.id] AS ids, [r IN relationships(path) | type(r)] AS types
ORDER BY length(path), ids, types
LIMIT toInteger($limit)
RETURN [n IN nodes(path) | {{node-map node=n brief=$brief}}] AS nodes,
       [r IN relationships(path) | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS relations
