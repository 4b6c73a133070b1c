// merge-facts: one relationship per fact (from, TYPE, to), whatever the number of articles that state it, one Evidence record per article, and the fact's resolved view.
// Parameters:
//   $facts  LIST<MAP>  sorted by key: {article, rank: the Article and its place in the resolution order, key: "from|TYPE|to",
//                      from, type, to: STRING, props: {role, side, table, title} (this article's values),
//                      evidence: LIST<STRING>, evidenceStart, evidenceEnd: LIST<INTEGER> (code points in the article text, end exclusive)}
// Returns: one row per article and relationship type: article, type, relationships - how many facts of that type the article states.
// Example: {"facts": [{"article": "article:example", "rank": "9999-12-31|article:example", "key": "person:a|HOLDS_ROLE|org:b", "from": "person:a", "type": "HOLDS_ROLE", "to": "org:b", "props": {"role": null, "side": null, "table": null, "title": "envoy"}, "evidence": ["envoy"], "evidenceStart": [3], "evidenceEnd": [8]}]}
// The relationship carries only what is shared (its key, how many sources state it, the resolved role, side, table
// and title, set by resolve-facts); the quotes stay in the article's Evidence record, so a fact that thousands of
// articles state is never rewritten as a list that grows with them. Both ends are nodes of the article's file or its
// references, which merge-mentions has just linked to the article. The role, side, table and title come from the
// fact's first source in rank order, as resolve-facts sets them (cypher/README.md, "Many sources"): resolved here,
// where the relationship is at hand, rather than found again by its dynamic type in a statement of its own; ordered
// by fact and rank, as the evidence_fact_rank index is, so only the first record is read.
UNWIND $facts AS row
MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.key = row.key, r.sources = 0
SET r.sources = r.sources + 1
CREATE (e:Evidence {key: row.key + '|' + row.article})
SET e += row.props,
    e.fact = row.key,
    e.from = row.from,
    e.type = row.type,
    e.to = row.to,
    e.article = row.article,
    e.rank = row.rank,
    e.evidence = row.evidence,
    e.evidenceStart = [offset IN row.evidenceStart | toInteger(offset)],
    e.evidenceEnd = [offset IN row.evidenceEnd | toInteger(offset)]
WITH row, r
CALL (row, r) {
  // The hint keeps Neo4j on the (fact, rank) index, read in order (see resolve-facts.cypher).
  MATCH (best:Evidence) USING INDEX best:Evidence(fact, rank)
  WHERE best.fact = row.key AND best.rank >= ''
  WITH best ORDER BY best.fact, best.rank LIMIT 1
  SET r.role = best.role, r.side = best.side, r.table = best.table, r.title = best.title, r.resolvedFrom = best.article
}
RETURN row.article AS article, type(r) AS type, count(r) AS relationships
