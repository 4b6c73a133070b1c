// referenced-nodes: the nodes of other articles that an annotation file lists in `references`, as the graph has them now.
// Parameters:
//   $ids  LIST<STRING>  the referenced ids
// Returns: one row per id found: id, type - its type label, earliest, latest - its resolved interval (null when open or undated), dated - whether it has a date.
// Example: {"ids": ["event:october-7-raid"]}
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, [label IN labels(n) WHERE NOT label IN ['Node', 'Entity']][0] AS type,
       toString(n.earliest) AS earliest, toString(n.latest) AS latest, n.datePrecision IS NOT NULL AS dated
