// resolve-facts: set each fact's role, side, table and title from its first source in rank order (cypher/README.md, "Many sources").
// Parameters:
//   $keys  LIST<STRING>  sorted "from|TYPE|to" keys of facts whose sources changed
// Returns: one row: facts - how many relationships were resolved (facts no source states any more are gone already).
// Example: {"keys": ["person:adam-boehler|HOLDS_ROLE|org:united-states"]}
// ORDER BY e.fact, e.rank (not e.rank alone) lets the evidence_fact_rank index give the first record without reading the rest.
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Evidence {fact: key}) WHERE e.rank >= ''
  RETURN e AS best ORDER BY e.fact, e.rank LIMIT 1
}
MATCH (:Node {id: best.from})-[r:$(best.type)]->(:Node {id: best.to})
SET r.role = best.role, r.side = best.side, r.table = best.table, r.title = best.title, r.resolvedFrom = best.article
RETURN count(r) AS facts
