// statements: what was said, by whom, through which medium, about what?
// Parameters:
//   $speakerId  STRING|null  only statements of this person or organization (null: every statement)
//   $limit      INTEGER      at most this many rows
// Returns: one row per statement, oldest first (undated last): statement - id, quote - verbatim, paraphrase - true when the article words it itself, medium - press briefing, Truth Social, ..., speakers - who stated it as {id, name}, about - what it concerns as {id, name}, dateText, datePrecision, earliest, latest - its date when known, article - the article quoting it, quoteStart, quoteEnd - the offsets of the quote in that article's text
// Example: {"speakerId": null, "limit": 50}
// The guard (WITH ... WHERE before the MATCH) is checked before the label is read: asking about one speaker never reads every statement.
CALL {
  MATCH (:Node {id: $speakerId})-[:STATED]->(s:Statement)
  RETURN s
  UNION
  WITH 1 AS guard WHERE $speakerId IS NULL
  MATCH (s:Statement)
  RETURN s
}
WITH s
ORDER BY s.earliest IS NULL, s.earliest, s.id
LIMIT $limit
RETURN s.id AS statement,
       s.quote AS quote,
       s.paraphrase AS paraphrase,
       s.medium AS medium,
       COLLECT { MATCH (a)-[:STATED]->(s) RETURN {id: a.id, name: a.name} AS speaker ORDER BY speaker.id } AS speakers,
       COLLECT { MATCH (s)-[:ABOUT]->(x) RETURN {id: x.id, name: coalesce(x.name, x.title, x.text)} AS subject ORDER BY subject.id } AS about,
       s.dateText AS dateText,
       s.datePrecision AS datePrecision,
       s.earliest AS earliest,
       s.latest AS latest,
       COLLECT { MATCH (s)-[m:MENTIONED_IN]->(:Article) RETURN m.article LIMIT 1 }[0] AS article,
       s.quoteStart AS quoteStart,
       s.quoteEnd AS quoteEnd
