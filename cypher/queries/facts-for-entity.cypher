// facts-for-entity: what does the graph hold about one node: every fact, with the quote that supports it and where the quote is?
// Parameters:
//   $id     STRING   the node, e.g. an entity, event or proposal id
//   $limit  INTEGER  at most this many rows
// Returns: one row per fact and quote: direction - mention (the node is mentioned in an article), out or in (a relation from or to the node), relation - the relationship type, otherId - the article or the node at the other end, otherName - its name or title, role, side, title - the properties of the relation when it has them, article - the article id, quote - the evidence, quoteStart, quoteEnd - its offsets in the article text (Unicode code points, end exclusive)
// Example: {"id": "person:adam-boehler", "limit": 200}
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]->(other)
  RETURN CASE type(r) WHEN 'MENTIONED_IN' THEN 'mention' ELSE 'out' END AS direction, r, other
  UNION ALL
  MATCH (n)<-[r]-(other)
  RETURN 'in' AS direction, r, other
}
UNWIND range(0, size(r.evidence) - 1) AS i
WITH direction, r, other, i
ORDER BY CASE direction WHEN 'mention' THEN 0 WHEN 'out' THEN 1 ELSE 2 END, type(r), other.id, r.article, r.evidenceStart[i]
LIMIT $limit
RETURN direction,
       type(r) AS relation,
       other.id AS otherId,
       coalesce(other.name, other.title, other.text, other.quote) AS otherName,
       r.role AS role,
       r.side AS side,
       r.title AS title,
       r.article AS article,
       r.evidence[i] AS quote,
       r.evidenceStart[i] AS quoteStart,
       r.evidenceEnd[i] AS quoteEnd
