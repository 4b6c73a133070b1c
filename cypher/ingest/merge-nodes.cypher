// merge-nodes: create or update the annotated nodes of one article, by id.
// Parameters:
//   $nodes  LIST<MAP>  {id, labels: LIST<STRING> (type label, plus Entity for people, organizations and places),
//                       props: MAP (every property of the type; a null removes it), earliest, latest: ISO date STRING|null,
//                       quoteStart, quoteEnd: INTEGER|null (a Statement's quote in the article, in code points)}
// Returns: nodes - how many rows were merged.
// Example: {"nodes": [{"id": "org:hamas", "labels": ["Organization", "Entity"], "props": {"name": "Hamas", "kind": "armed group", "description": null}, "earliest": null, "latest": null, "quoteStart": null, "quoteEnd": null}]}
// Properties come from the annotation: the last article loaded sets them (aliases are kept per article on
// MENTIONED_IN and merged there, see merge-mentions.cypher).
// span holds the interval as a point for the event_span index (see cypher/README.md, Fuzzy dates): days since
// 1970, an open latest as 9999-12-31 so that the point exists; nothing bounds an interval without earliest.
UNWIND $nodes AS row
MERGE (n:Node {id: row.id})
SET n:$(row.labels)
SET n += row.props,
    n.earliest = date(row.earliest),
    n.latest = date(row.latest),
    n.span = CASE WHEN row.earliest IS NULL THEN null ELSE point({
      x: duration.inDays(date('1970-01-01'), date(row.earliest)).days,
      y: duration.inDays(date('1970-01-01'), coalesce(date(row.latest), date('9999-12-31'))).days}) END,
    // The loader's interval replaces any bound bound-dates.cypher filled in; that step runs again after the load.
    n.earliestFrom = null,
    n.latestFrom = null,
    n.quoteStart = toInteger(row.quoteStart),
    n.quoteEnd = toInteger(row.quoteEnd)
RETURN count(n) AS nodes
