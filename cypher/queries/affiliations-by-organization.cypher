// affiliations-by-organization: what is each of these organizations part of, and what are its parts?
// Parameters:
//   $ids    LIST<STRING>  organization ids
//   $skip   INTEGER       leave out this many links per organization and direction first (paging)
//   $limit  INTEGER       at most this many links per organization and direction
// Returns: one row per PART_OF relation: id - the organization id, link - 'partOf' (what it is part of) or 'part' (what is part of it), other - the organization at the other end, relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["org:united-states", "org:white-house"], "skip": 0, "limit": 50}
// Each direction is its own list (partOf, parts), ordered by the other organization's id before its own skip and
// limit, so that a state with many bodies cannot push out what it is part of.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[r:PART_OF]->(other:Organization)
  RETURN 'partOf' AS link, r, other ORDER BY other.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (o)<-[r:PART_OF]-(other:Organization)
  RETURN 'part' AS link, r, other ORDER BY other.id, r.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, link, other {.*, labels: labels(other)} AS other, r {.*} AS relation
ORDER BY id, link, other.id, r.article
