// graph-page: the next page of the whole graph for an export, in id order, each node with its outgoing relationships.
// Parameters:
//   $after  STRING   the last id of the previous page ('' for the first page)
//   $limit  INTEGER  nodes per page
// Returns: one row per node: id, labels, properties - [{key, type, value}] with type as valueType() gives it, edges - its outgoing relationships as {type, target, properties}
// Example: {"after": "", "limit": 1000}
// A range seek on the node_id index returns the ids in order, so paging needs no sort of the whole graph.
MATCH (n:Node)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS id,
       labels(n) AS labels,
       [key IN keys(n) | {key: key, type: valueType(n[key]), value: n[key]}] AS properties,
       COLLECT {
         MATCH (n)-[r]->(m:Node)
         RETURN {type: type(r), target: m.id, properties: [key IN keys(r) | {key: key, type: valueType(r[key]), value: r[key]}]}
       } AS edges
