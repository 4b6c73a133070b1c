// merge-relations: create or update the annotated relations of one article, one relationship per (from, type, to, article).
// Parameters:
//   $article    STRING     the Article id
//   $relations  LIST<MAP>  {from, type, to: STRING, props: {role, side, title} (null removes), evidence: LIST<STRING>,
//                           evidenceStart, evidenceEnd: LIST<INTEGER> (code points in the article text, end exclusive)}
// Returns: one row per relationship type: type, relationships - how many of that type the article now has (after
//          prune-relations on a reload, the article's relationships are exactly the ones merged here).
// Example: {"article": "article:example", "relations": [{"from": "person:a", "type": "HOLDS_ROLE", "to": "org:b", "props": {"role": null, "side": null, "title": "envoy"}, "evidence": ["envoy"], "evidenceStart": [3], "evidenceEnd": [8]}]}
// The loader has checked that both ends are declared in the same file, so both MATCHes find their node.
UNWIND $relations AS row
MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
MERGE (a)-[r:$(row.type) {article: $article}]->(b)
SET r += row.props,
    r.evidence = row.evidence,
    r.evidenceStart = [offset IN row.evidenceStart | toInteger(offset)],
    r.evidenceEnd = [offset IN row.evidenceEnd | toInteger(offset)]
RETURN type(r) AS type, count(r) AS relationships
