// merge-mentions: link each annotated node to its article with the evidence for it, and keep entity aliases current.
// Parameters:
//   $article   STRING     the Article id
//   $mentions  LIST<MAP>  {id, aliases: LIST<STRING>|null (the names this article gives an entity), evidence: LIST<STRING>,
//                          evidenceStart, evidenceEnd: LIST<INTEGER> (code points in the article text, end exclusive)}
// Returns: mentions - how many rows were merged.
// Example: {"article": "article:example", "mentions": [{"id": "org:hamas", "aliases": ["the Islamist group"], "evidence": ["Hamas"], "evidenceStart": [10], "evidenceEnd": [15]}]}
// An entity's aliases are the union of what every article calls it. Adding names only needs this article's
// list; when this article drops a name it gave before, the union is rebuilt from all of the node's mentions.
UNWIND $mentions AS row
MATCH (a:Article {id: $article})
MATCH (n:Node {id: row.id})
OPTIONAL MATCH (n)-[before:MENTIONED_IN]->(a)
WITH a, n, row, [name IN coalesce(before.aliases, []) WHERE NOT name IN coalesce(row.aliases, [])] AS dropped
MERGE (n)-[m:MENTIONED_IN {article: $article}]->(a)
SET m.evidence = row.evidence,
    m.evidenceStart = [offset IN row.evidenceStart | toInteger(offset)],
    m.evidenceEnd = [offset IN row.evidenceEnd | toInteger(offset)],
    m.aliases = row.aliases
WITH n, row, dropped
CALL (n, row, dropped) {
  WITH n, row, dropped
  WHERE n:Entity
  SET n.aliases = CASE
    WHEN size(dropped) = 0
      THEN coalesce(n.aliases, []) + [name IN row.aliases WHERE NOT name IN coalesce(n.aliases, [])]
    ELSE reduce(names = [], name IN reduce(all = [], list IN COLLECT { MATCH (n)-[x:MENTIONED_IN]->() RETURN coalesce(x.aliases, []) } | all + list) |
           CASE WHEN name IN names THEN names ELSE names + name END)
  END
}
RETURN count(*) AS mentions
