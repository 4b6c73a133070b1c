// merge-mentions: what each article of a batch says about each node it annotates, kept on its own MENTIONED_IN (a source's assertion).
// Parameters:
//   $nodes       LIST<MAP>  sorted by id: {article, rank: the Article and its place in the resolution order, id,
//                           labels: LIST<STRING>, props: MAP (this article's values; null: not given),
//                           earliest, latest: ISO date STRING|null, quoteStart, quoteEnd: INTEGER|null, aliases: LIST<STRING>|null,
//                           dateRank: STRING|null, evidence: LIST<STRING>, evidenceStart, evidenceEnd: LIST<INTEGER>}
//   $references  LIST<MAP>  sorted by id: {article, id}: ids of other articles' nodes an article points at
// Returns: one row: nodes - annotated nodes linked, references - referenced nodes found and linked.
// Example: {"nodes": [], "references": [{"article": "article:example", "id": "org:hamas"}]}
// The node itself shows the resolved view (resolve-nodes.cypher); nothing here writes a node property, so no
// article's values overwrite another's. Creating the MENTIONED_IN locks the node until commit, so a concurrent
// load that touches the same node waits here and then resolves from what this one committed.
CALL {
  UNWIND $nodes AS row
  MATCH (a:Article {id: row.article})
  MERGE (n:Node {id: row.id})
  SET n:$(row.labels)
  CREATE (n)-[m:MENTIONED_IN]->(a)
  SET m += row.props,
      m.article = row.article,
      m.subject = row.id,
      m.rank = row.rank,
      m.dateRank = row.dateRank,
      m.earliest = date(row.earliest),
      m.latest = date(row.latest),
      m.quoteStart = toInteger(row.quoteStart),
      m.quoteEnd = toInteger(row.quoteEnd),
      m.aliases = row.aliases,
      m.evidence = row.evidence,
      m.evidenceStart = [offset IN row.evidenceStart | toInteger(offset)],
      m.evidenceEnd = [offset IN row.evidenceEnd | toInteger(offset)]
  RETURN count(m) AS nodes
}
CALL {
  UNWIND $references AS row
  MATCH (a:Article {id: row.article})
  MATCH (n:Node {id: row.id})
  CREATE (n)-[:MENTIONED_IN {article: row.article, subject: row.id, reference: true}]->(a)
  RETURN count(n) AS references
}
RETURN nodes, references
