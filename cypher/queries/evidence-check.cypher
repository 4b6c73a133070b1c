// evidence-check: which stored quotes do not match the article text at their offsets (a sound graph returns none)?
// Parameters:
//   $articleId  STRING|null  check the facts of this article (null: of every article)
//   $limit      INTEGER      at most this many rows
// Returns: one row per quote that does not hold: article - the article id, relation - the relationship type (or Statement.quote for a statement's own quote), fromId, toId - its ends, index - the position of the quote in the evidence list, quote - the stored quote, quoteStart, quoteEnd - its stored offsets, found - the article text at those offsets, problem - what is wrong
// Example: {"articleId": null, "limit": 100}
// The guard (WITH ... WHERE before the MATCH) is checked before the label is read: checking one article never reads every article.
CALL {
  MATCH (a:Article {id: $articleId})
  RETURN a
  UNION
  WITH 1 AS guard WHERE $articleId IS NULL
  MATCH (a:Article)
  RETURN a
}
// An article's quotes are on its MENTIONED_IN (about nodes) and its Evidence records (about facts, found by
// the evidence_article index); a reference (a node pointed at, not described) carries none.
CALL (a) {
  CALL (a) {
    MATCH (a)<-[r:MENTIONED_IN]-()
    RETURN r
    UNION
    MATCH (r:Evidence {article: a.id})
    RETURN r
  }
  WITH r, size(r.evidence) AS quotes
  WHERE r.reference IS NULL
  UNWIND range(0, CASE WHEN quotes > 0 THEN quotes - 1 ELSE 0 END) AS i
  RETURN CASE WHEN r:Evidence THEN r.type ELSE 'MENTIONED_IN' END AS relation,
         coalesce(r.from, r.subject) AS fromId, coalesce(r.to, a.id) AS toId, i AS index,
         r.evidence[i] AS quote, r.evidenceStart[i] AS quoteStart, r.evidenceEnd[i] AS quoteEnd,
         quotes = 0 OR size(r.evidenceStart) <> quotes OR size(r.evidenceEnd) <> quotes AS unequalLists
  UNION ALL
  MATCH (a)<-[m:MENTIONED_IN]-(s:Statement)
  WHERE m.reference IS NULL
  RETURN 'Statement.quote' AS relation, s.id AS fromId, a.id AS toId, 0 AS index,
         m.quote AS quote, m.quoteStart AS quoteStart, m.quoteEnd AS quoteEnd, false AS unequalLists
}
WITH a, relation, fromId, toId, index, quote, quoteStart, quoteEnd, unequalLists,
     CASE
       WHEN quoteStart IS NULL OR quoteEnd IS NULL OR quoteStart < 0 OR quoteEnd < quoteStart OR quoteEnd > size(a.text) THEN null
       ELSE substring(a.text, quoteStart, quoteEnd - quoteStart)
     END AS found
WITH a, relation, fromId, toId, index, quote, quoteStart, quoteEnd, found,
     CASE
       WHEN unequalLists THEN 'evidence, evidenceStart and evidenceEnd are empty or differ in length'
       WHEN found IS NULL THEN 'offsets missing or outside the article text'
       WHEN found <> quote THEN 'the text at the offsets is not the quote'
     END AS problem
WHERE problem IS NOT NULL
RETURN a.id AS article, relation, fromId, toId, index, quote, quoteStart, quoteEnd, found, problem
ORDER BY article, relation, fromId, toId, index
LIMIT $limit
