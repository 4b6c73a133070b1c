// roles-by-person: which organizations does each of these people hold a role in (and so represent), with what title?
// Parameters:
//   $ids    LIST<STRING>  person ids
//   $skip   INTEGER       leave out this many roles per person first (paging)
//   $limit  INTEGER       at most this many roles per person
//   $brief  BOOLEAN       nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
// Returns: one row per HOLDS_ROLE relation: id - the person id, organization - its properties and labels, relation - {title, key, sources (how many articles state it; evidence-by-fact has their quotes)}; with $brief the nodes carry only id, name, title and labels
// Example: {"ids": ["person:adam-boehler", "person:karoline-leavitt"], "skip": 0, "limit": 20, "brief": false}
// Ordered by organization id per person, before that person's skip and limit.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[r:HOLDS_ROLE]->(o:Organization)
  RETURN r, o ORDER BY o.id, elementId(r)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, {{node-map node=o brief=$brief}} AS organization, r {.*} AS relation
ORDER BY id, o.id, elementId(r)
