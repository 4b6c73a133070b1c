// affiliations-by-organization: who holds a role in each of these organizations, what is it part of, and what are its parts?
// Parameters:
//   $ids    LIST<STRING>  organization ids
//   $limit  INTEGER       at most this many rows per organization and kind of link
// Returns: one row per HOLDS_ROLE or PART_OF relation: id - the organization id, link - 'member' (a person holding a role in it), 'partOf' (what it is part of) or 'part' (what is part of it), other - the person or organization at the other end, relation - {title?, key, sources (how many articles state it), evidenceBySource: [{key, sources (how many articles state it), evidenceBySource: [{article, evidence, evidenceStart, evidenceEnd}] (the first 20 sources in rank order)}] (the first 20 sources in rank order)}
// Example: {"ids": ["org:united-states", "org:white-house"], "limit": 50}
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)<-[r:HOLDS_ROLE]-(other:Person)
  RETURN 'member' AS link, r, other ORDER BY other.id, r.article LIMIT toInteger($limit)
  UNION
  MATCH (o)-[r:PART_OF]->(other:Organization)
  RETURN 'partOf' AS link, r, other ORDER BY other.id, r.article LIMIT toInteger($limit)
  UNION
  MATCH (o)<-[r:PART_OF]-(other:Organization)
  RETURN 'part' AS link, r, other ORDER BY other.id, r.article LIMIT toInteger($limit)
}
RETURN id, link, other {.*, labels: labels(other)} AS other, r {.*, evidenceBySource: COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev {.article, .evidence, .evidenceStart, .evidenceEnd} ORDER BY ev.rank LIMIT 20 }} AS relation
ORDER BY id, link, other.id
