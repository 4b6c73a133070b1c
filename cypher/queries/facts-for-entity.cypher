// facts-for-entity: what does the graph hold about one node: every fact, with the quote that supports it and where the quote is?
// Parameters:
//   $id     STRING   the node, e.g. an entity, event or proposal id
//   $limit  INTEGER  at most this many rows
// Returns: one row per fact and quote: direction - mention (the node is mentioned in an article), out or in (a relation from or to the node), relation - the relationship type, otherId - the article or the node at the other end, otherName - its name or title, role, side, title - the values this article gives the relation, when it has them, article - the article id, quote - the evidence, quoteStart, quoteEnd - its offsets in the article text (Unicode code points, end exclusive)
// Example: {"id": "person:adam-boehler", "limit": 200}
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r:MENTIONED_IN]->(other)
  WHERE r.reference IS NULL
  RETURN 'mention' AS direction, type(r) AS relation, r AS source, other
  UNION ALL
  MATCH (n)-[r]->(other)
  WHERE NOT r:MENTIONED_IN
  MATCH (source:Evidence {fact: r.key})
  RETURN 'out' AS direction, type(r) AS relation, source, other
  UNION ALL
  MATCH (n)<-[r]-(other)
  MATCH (source:Evidence {fact: r.key})
  RETURN 'in' AS direction, type(r) AS relation, source, other
}
UNWIND range(0, size(source.evidence) - 1) AS i
WITH direction, relation, source, other, i
ORDER BY CASE direction WHEN 'mention' THEN 0 WHEN 'out' THEN 1 ELSE 2 END, relation, other.id, source.article, source.evidenceStart[i]
LIMIT $limit
RETURN direction,
       relation,
       other.id AS otherId,
       coalesce(other.name, other.title, other.text, other.quote) AS otherName,
       source.role AS role,
       source.side AS side,
       source.title AS title,
       source.article AS article,
       source.evidence[i] AS quote,
       source.evidenceStart[i] AS quoteStart,
       source.evidenceEnd[i] AS quoteEnd
