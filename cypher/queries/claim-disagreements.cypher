// claim-disagreements: where do sources give different figures for the same thing: claims about one subject, counting one unit, with different values?
// Parameters:
//   $subjectId  STRING|null  only figures about this node, e.g. an event (null: every subject)
//   $limit      INTEGER      at most this many rows
// Returns: one row per subject and unit on which the figures differ: subject - its id, subjectName - its name or title, unit - what is counted, claims - side by side, lowest value first, each {claim - id, figure, value, qualifier, sources - the ids of the actors who give it, statedIn - [{article, published (YYYY-MM-DD or null), figure, value}] for every article that states it}
// Example: {"subjectId": "event:hostages-held-in-gaza", "limit": 20}
// A figure one claim node carries differently per source (two articles giving the same claim other values) counts
// as a disagreement too: the values compared are every article's, from its MENTIONED_IN.
// The guard (WITH ... WHERE before the MATCH) is checked before the label is read: asking about one subject never reads every claim.
CALL {
  MATCH (:Node {id: $subjectId})<-[:ABOUT]-(c:Claim)
  RETURN c
  UNION
  WITH 1 AS guard WHERE $subjectId IS NULL
  MATCH (c:Claim)
  RETURN c
}
MATCH (c)-[:ABOUT]->(subject:Node)
WHERE $subjectId IS NULL OR subject.id = $subjectId
WITH subject, c,
     COLLECT {
       MATCH (c)-[m:MENTIONED_IN]->(a:Article) WHERE m.rank >= ''
       RETURN {article: a.id, published: toString(a.published), figure: m.figure, value: m.value} AS stated ORDER BY m.rank
     } AS statedIn
WITH subject, c.unit AS unit, c, statedIn ORDER BY c.value, c.id
WITH subject, unit,
     collect({claim: c.id, figure: c.figure, value: c.value, qualifier: c.qualifier,
              sources: COLLECT { MATCH (s)-[:CLAIMED]->(c) RETURN s.id ORDER BY s.id }, statedIn: statedIn}) AS claims,
     collect(statedIn) AS statements
WITH subject, unit, claims,
     reduce(values = [], list IN statements | reduce(seen = values, stated IN list |
       CASE WHEN stated.value IN seen THEN seen ELSE seen + stated.value END)) AS values
WHERE size(values) > 1
RETURN subject.id AS subject, coalesce(subject.name, subject.title) AS subjectName, unit, claims
ORDER BY subject, unit
LIMIT toInteger($limit)
