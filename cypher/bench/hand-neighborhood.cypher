// hand-neighborhood: the nodes one relation away from a node and the relations followed to them, in one statement:
// the hand-written answer beside neighborhood(id:, depth: 1) { nodes { id } edges { type source target } }.
// Parameters:
//   $id     STRING   the node at the centre
//   $limit  INTEGER  at most this many relations followed
// Returns: one row: nodes - [{id}] (the centre and its neighbours), edges - [{type, source, target}]
// Example: {"id": "person:syn-41", "limit": 100}
// The same relation types as neighborhood.cypher: MENTIONED_IN would make every node of an article a neighbour.
MATCH (center:Node {id: $id})
CALL (center) {
  MATCH (center)-[r:{{fact-types}}]-(m)
  WITH r, m LIMIT toInteger($limit)
  RETURN collect(DISTINCT {id: m.id}) AS ring, collect({type: type(r), source: startNode(r).id, target: endNode(r).id}) AS edges
}
RETURN [{id: center.id}] + ring AS nodes, edges
