// merge-facts: one relationship per fact (from, TYPE, to), whatever the number of articles that state it, and one Evidence record per article.
// Parameters:
//   $article  MAP        {id, rank}: the Article, and its place in the resolution order
//   $facts    LIST<MAP>  sorted by key: {key: "from|TYPE|to", from, type, to: STRING, props: {role, side, table, title} (this article's values),
//                        evidence: LIST<STRING>, evidenceStart, evidenceEnd: LIST<INTEGER> (code points in the article text, end exclusive)}
// Returns: one row per relationship type: type, relationships - how many facts of that type the article states.
// Example: {"article": {"id": "article:example", "rank": "9999-12-31|article:example"}, "facts": [{"key": "person:a|HOLDS_ROLE|org:b", "from": "person:a", "type": "HOLDS_ROLE", "to": "org:b", "props": {"role": null, "side": null, "table": null, "title": "envoy"}, "evidence": ["envoy"], "evidenceStart": [3], "evidenceEnd": [8]}]}
// The relationship carries only what is shared (its key, how many sources state it, the resolved role, side, table
// and title, set by resolve-facts); the quotes stay in the article's Evidence record, so a fact that thousands of
// articles state is never rewritten as a list that grows with them. Both ends are nodes of this file or its
// references, which merge-mentions has just linked to the article.
UNWIND $facts AS row
MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.key = row.key, r.sources = 0
SET r.sources = r.sources + 1
CREATE (e:Evidence {key: row.key + '|' + $article.id})
SET e += row.props,
    e.fact = row.key,
    e.from = row.from,
    e.type = row.type,
    e.to = row.to,
    e.article = $article.id,
    e.rank = $article.rank,
    e.evidence = row.evidence,
    e.evidenceStart = [offset IN row.evidenceStart | toInteger(offset)],
    e.evidenceEnd = [offset IN row.evidenceEnd | toInteger(offset)]
RETURN type(r) AS type, count(r) AS relationships
