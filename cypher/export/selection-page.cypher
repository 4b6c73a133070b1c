// selection-page: some nodes of a selection (a neighbourhood) for an export, each with its outgoing relationships inside the selection.
// Parameters:
//   $ids        LIST<STRING>  the nodes of this page
//   $selection  LIST<STRING>  every node of the selection: relationships to nodes outside it are left out
// Returns: one row per node found: id, labels, properties - [{key, type, value}] with type as valueType() gives it, edges - its outgoing relationships to selected nodes as {type, target, properties}
// Example: {"ids": ["person:adam-boehler"], "selection": ["person:adam-boehler", "org:united-states"]}
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id,
       labels(n) AS labels,
       [key IN keys(n) | {key: key, type: valueType(n[key]), value: n[key]}] AS properties,
       COLLECT {
         MATCH (n)-[r]->(m:Node)
         WHERE m.id IN $selection
         RETURN {type: type(r), target: m.id, properties: [key IN keys(r) | {key: key, type: valueType(r[key]), value: r[key]}]}
       } AS edges
