// neighborhood: which nodes and relations lie within a few steps of this node (for a graph view)?
// Parameters:
//   $id     STRING   the node at the centre
//   $depth  INTEGER  how many relations away to go, 1 to 3
//   $limit  INTEGER  at most this many nodes besides the centre, and at most this many relations followed from any one node
//   $brief  BOOLEAN  nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row: nodes - [{node - properties and labels, distance - relations from the centre}], relations - the relations among those nodes that were followed, each {type, source, target, role?, side?, title?, key, sources (how many articles state it; evidence-by-fact has their quotes)}; with $brief the nodes carry only id, name, title and labels
// Example: {"id": "person:adam-boehler", "depth": 2, "limit": 100, "brief": false}
// Ring by ring rather than a variable-length pattern, so that the distance of each node is known and a node with
// many relations (an organization in thousands of articles) costs at most $limit expansions, not all of them.
// MENTIONED_IN is not followed: through the article every node would be two steps from every other.
MATCH (center:Node {id: $id})
CALL (center) {
  MATCH (center)-[r:{{fact-types}}]-(m)
  WITH r, m LIMIT toInteger($limit)
  RETURN collect(DISTINCT m) AS ring1, collect(r) AS rels1
}
CALL (center, ring1) {
  WITH center, ring1 WHERE $depth >= 2
  UNWIND ring1 AS a
  CALL (a) {
    MATCH (a)-[r:{{fact-types}}]-(m)
    RETURN r, m LIMIT toInteger($limit)
  }
  RETURN collect(DISTINCT CASE WHEN m <> center AND NOT m IN ring1 THEN m END) AS ring2, collect(r) AS rels2
}
WITH center, ring1, rels1, ring2[..toInteger($limit) - size(ring1)] AS ring2, rels2
CALL (center, ring1, ring2) {
  WITH center, ring1, ring2 WHERE $depth >= 3
  UNWIND ring2 AS a
  CALL (a) {
    MATCH (a)-[r:{{fact-types}}]-(m)
    RETURN r, m LIMIT toInteger($limit)
  }
  RETURN collect(DISTINCT CASE WHEN m <> center AND NOT m IN ring1 AND NOT m IN ring2 THEN m END) AS ring3, collect(r) AS rels3
}
WITH center, ring1, ring2, ring3[..toInteger($limit) - size(ring1) - size(ring2)] AS ring3, rels1 + rels2 + rels3 AS followed
WITH center, ring1, ring2, ring3, followed, [center] + ring1 + ring2 + ring3 AS kept
// Relations to nodes cut off by the limit are dropped with them.
// Nodes (by distance, then id) and relations (by ends, type, article) come back in a fixed order, so the same
// graph always gives the same answer. Which relations a hub keeps past $limit is still the store's choice: sorting
// them first would read all of them.
CALL (followed, kept) {
  UNWIND followed AS r
  WITH DISTINCT r WHERE startNode(r) IN kept AND endNode(r) IN kept
  WITH r ORDER BY startNode(r).id, endNode(r).id, type(r)
  RETURN collect(r) AS relations
}
CALL (ring1, ring2, ring3) {
  UNWIND [[1, ring1], [2, ring2], [3, ring3]] AS ring
  UNWIND ring[1] AS n
  WITH ring[0] AS distance, n ORDER BY distance, n.id
  RETURN collect({node: {{node-map node=n brief=$brief}}, distance: distance}) AS others
}
RETURN [{node: {{node-map node=center brief=$brief}}, distance: 0}] + others AS nodes,
       [r IN relations | r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS relations
