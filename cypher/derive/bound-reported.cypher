// bound-reported: which dated proposals and statements do the articles that report them bound? Fills their open latest.
// Parameters:
//   $ids      LIST<STRING>  ids of the nodes a load wrote or touched
//   $openEnd  STRING        the day an open latest stands for in span (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: bounded - how many of these proposals and statements carry a latest from an article's publication date
// Example: {"ids": ["statement:hamas-official-step-promising"], "openEnd": "9999-12-31"}
// What an article reports as proposed or said was proposed or said by the day the article was published, so a
// dated proposal or statement (one whose date some annotation gives) with no latest takes the earliest publication
// date of the articles that describe it (their MENTIONED_IN, read from the (subject, rank) index in rank order: the
// earliest published first); latestFrom names that article. A latest an annotation gives or derives (its own
// publication date included) is never replaced, and a bound that would end before the earliest day is not taken.
// A file's `references` only point at a node, so they do not count. resolve-nodes clears latestFrom and restores
// the sources' latest for every node a load touches, so an unload takes the bound of its article with it.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE (n:Proposal OR n:Statement) AND n.datePrecision IS NOT NULL AND (n.latest IS NULL OR n.latestFrom IS NOT NULL)
CALL (n) {
  OPTIONAL MATCH ()-[m:MENTIONED_IN {subject: n.id}]->(a:Article)
  WHERE m.rank >= '' AND a.published IS NOT NULL
  RETURN a AS reporter ORDER BY m.rank LIMIT 1
}
WITH n, CASE WHEN reporter IS NOT NULL AND (n.earliest IS NULL OR reporter.published >= n.earliest) THEN reporter END AS reporter
SET n.latest = reporter.published, n.latestFrom = reporter.id
SET n.span = CASE WHEN n.earliest IS NULL THEN null ELSE point({
      x: duration.inDays(date('1970-01-01'), n.earliest).days,
      y: duration.inDays(date('1970-01-01'), coalesce(n.latest, date($openEnd))).days}) END
RETURN count(reporter) AS bounded
