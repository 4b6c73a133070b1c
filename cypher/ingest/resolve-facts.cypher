// resolve-facts: set each fact's role, side, table and title from its first source in rank order (cypher/README.md, "Many sources").
// Parameters:
//   $keys  LIST<STRING>  sorted "from|TYPE|to" keys of facts whose sources changed
// Returns: one row: facts - how many relationships were resolved (facts no source states any more are gone already).
// Example: {"keys": ["person:adam-boehler|HOLDS_ROLE|org:united-states"]}
// The hint and ORDER BY e.fact, e.rank (not e.rank alone) make the evidence_fact_rank index give the first record
// without reading the rest: left to itself Neo4j picks the index on fact alone and sorts every source (PROFILE on a
// fact 5,000 articles state: 15,001 db hits without the hint, 3 with it).
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Evidence) USING INDEX e:Evidence(fact, rank)
  WHERE e.fact = key AND e.rank >= ''
  RETURN e AS best ORDER BY e.fact, e.rank LIMIT 1
}
MATCH (:Node {id: best.from})-[r:$(best.type)]->(:Node {id: best.to})
SET r.role = best.role, r.side = best.side, r.table = best.table, r.title = best.title, r.resolvedFrom = best.article
RETURN count(r) AS facts
