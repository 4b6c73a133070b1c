// claims: which figures do the articles report, who gives them, what do they count and what are they about?
// Parameters:
//   $aboutId  STRING|null  only figures about this node, e.g. an event (null: every figure)
//   $limit    INTEGER      at most this many rows
// Returns: one row per claim: claim - id, figure - as written, qualifier - over, about, at least, exactly or half, value - the number, unit - what is counted, sources - the actors who give the figure as {id, name, evidence} (empty: the article itself), about - what the figure is about as {id, label, name}, evidence - quotes that state the figure, articles - where the quotes are
// Example: {"aboutId": null, "limit": 50}
// The guard (WITH ... WHERE before the MATCH) is checked before the label is read: asking about one node never reads every claim.
CALL {
  MATCH (c:Claim)-[:ABOUT]->(:Node {id: $aboutId})
  RETURN c
  UNION
  WITH 1 AS guard WHERE $aboutId IS NULL
  MATCH (c:Claim)
  RETURN c
}
WITH c
ORDER BY c.id
LIMIT $limit
RETURN c.id AS claim,
       c.figure AS figure,
       c.qualifier AS qualifier,
       c.value AS value,
       c.unit AS unit,
       COLLECT {
         MATCH (s)-[r:CLAIMED]->(c)
         RETURN {id: s.id, name: s.name, evidence: COLLECT { MATCH (x:Evidence {fact: r.key}) UNWIND x.evidence AS quote RETURN quote }} AS source
         ORDER BY source.id
       } AS sources,
       COLLECT {
         MATCH (c)-[:ABOUT]->(x)
         RETURN {id: x.id, label: [l IN labels(x) WHERE NOT l IN ['Node', 'Entity']][0], name: coalesce(x.name, x.title, x.text, x.quote)} AS subject
         ORDER BY subject.id
       } AS about,
       COLLECT { MATCH (c)-[m:MENTIONED_IN]->(:Article) UNWIND m.evidence AS quote RETURN quote } AS evidence,
       COLLECT { MATCH (c)-[m:MENTIONED_IN]->(:Article) RETURN DISTINCT m.article } AS articles
