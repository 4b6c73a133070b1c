// merge-nodes: create or update the annotated nodes of one article, by id.
// Parameters:
//   $nodes  LIST<MAP>  {id, labels: LIST<STRING> (type label, plus Entity for people, organizations and places),
//                       props: MAP (every property of the type; a null removes it), earliest, latest: ISO date STRING|null,
//                       quoteStart, quoteEnd: INTEGER|null (a Statement's quote in the article, in code points)}
// Returns: nodes - how many rows were merged.
// Example: {"nodes": [{"id": "org:hamas", "labels": ["Organization", "Entity"], "props": {"name": "Hamas", "kind": "armed group", "description": null}, "earliest": null, "latest": null, "quoteStart": null, "quoteEnd": null}]}
// Properties come from the annotation: the last article loaded sets them (aliases are kept per article on
// MENTIONED_IN and merged there, see merge-mentions.cypher).
UNWIND $nodes AS row
MERGE (n:Node {id: row.id})
SET n:$(row.labels)
SET n += row.props,
    n.earliest = date(row.earliest),
    n.latest = date(row.latest),
    n.quoteStart = toInteger(row.quoteStart),
    n.quoteEnd = toInteger(row.quoteEnd)
RETURN count(n) AS nodes
