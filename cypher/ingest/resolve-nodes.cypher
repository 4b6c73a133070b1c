// resolve-nodes: recompute the resolved view of nodes whose sources changed (cypher/README.md, "Many sources").
// Parameters:
//   $nodes  LIST<MAP>  sorted by id: {id, added: LIST<STRING> (names a new source gives: its name and aliases),
//                      removed: LIST<STRING> (names an unloaded source gave)}
//   $openEnd  STRING   the day an open latest stands for in span (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: nodes - how many were resolved.
// Example: {"nodes": [{"id": "org:hamas", "added": ["Hamas"], "removed": []}], "openEnd": "9999-12-31"}
// Each value comes from the node's first source in rank order (the earliest published article, undated ones
// last, ties by article id), the date from its first source in date-rank order (the narrowest interval, then
// rank), both read from the (subject, rank) indexes so a busy node's other sources are not read. Aliases are
// every name any source gives, sorted, without the resolved name: a name leaves only when no source gives it.
// Each ORDER BY names both properties of its index: ordered by rank alone, Neo4j reads every entry of the subject
// and sorts them (a hub with 10,000 sources: 10,000 reads) instead of stopping at the first.
UNWIND $nodes AS row
MATCH (n:Node {id: row.id})
CALL (row) {
  OPTIONAL MATCH ()-[m:MENTIONED_IN {subject: row.id}]->() WHERE m.rank >= ''
  RETURN m AS best ORDER BY m.subject, m.rank LIMIT 1
}
CALL (row) {
  OPTIONAL MATCH ()-[m:MENTIONED_IN {subject: row.id}]->() WHERE m.dateRank >= ''
  RETURN m AS dated ORDER BY m.subject, m.dateRank LIMIT 1
}
WITH n, row, best, dated, n.name AS formerName,
     [name IN row.removed WHERE NOT EXISTS {
       MATCH ()-[other:MENTIONED_IN {subject: row.id}]->() WHERE other.rank >= '' AND (other.name = name OR name IN other.aliases)
     }] AS gone
SET n.name = best.name, n.description = best.description, n.unnamed = best.unnamed, n.kind = best.kind,
    n.title = best.title, n.summary = best.summary, n.status = best.status, n.text = best.text,
    n.inExchangeFor = best.inExchangeFor, n.note = best.note, n.quote = best.quote, n.medium = best.medium,
    n.paraphrase = best.paraphrase, n.quoteStart = best.quoteStart, n.quoteEnd = best.quoteEnd,
    n.figure = best.figure, n.value = best.value, n.qualifier = best.qualifier, n.unit = best.unit,
    n.resolvedFrom = best.article,
    n.dateText = dated.dateText, n.datePrecision = dated.datePrecision, n.dateBasis = dated.dateBasis,
    n.earliest = dated.earliest, n.latest = dated.latest, n.datedFrom = dated.article,
    // The sources' interval replaces any bound cypher/derive filled in; src/derive runs again after the load.
    n.earliestFrom = null, n.latestFrom = null,
    n.span = CASE WHEN dated.earliest IS NULL THEN null ELSE point({
      x: duration.inDays(date('1970-01-01'), dated.earliest).days,
      y: duration.inDays(date('1970-01-01'), coalesce(dated.latest, date($openEnd))).days}) END
WITH n, row, best, gone, formerName
CALL (n, row, best, gone, formerName) {
  WITH n, row, best, gone, formerName WHERE n:Entity
  SET n.aliases = COLLECT {
    UNWIND coalesce(n.aliases, []) + [name IN [formerName] WHERE name IS NOT NULL] + row.added AS name
    WITH DISTINCT name WHERE name <> coalesce(best.name, '') AND NOT name IN gone
    RETURN name ORDER BY name
  }
}
RETURN count(n) AS nodes
