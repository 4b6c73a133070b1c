// graph-page: the next page of the whole graph for an export, in id order, each node with its outgoing relationships.
// Parameters:
//   $after  STRING   the last id of the previous page ('' for the first page)
//   $limit  INTEGER  nodes per page
// Returns: one row per node: id, labels, properties - [{key, type, value}] with type as valueType() gives it, edges - its outgoing relationships as {type, target, properties} (a fact's properties include its sources' quotes flattened in rank order: evidence, evidenceStart, evidenceEnd, and evidenceArticle naming the article of each quote)
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
         WITH r, m, COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev ORDER BY ev.rank } AS records
         WITH r, m, CASE WHEN size(records) = 0 THEN {} ELSE {
           evidence: reduce(all = [], ev IN records | all + ev.evidence),
           evidenceStart: reduce(all = [], ev IN records | all + ev.evidenceStart),
           evidenceEnd: reduce(all = [], ev IN records | all + ev.evidenceEnd),
           evidenceArticle: reduce(all = [], ev IN records | all + [quote IN ev.evidence | ev.article])
         } END AS provenance
         RETURN {type: type(r), target: m.id, properties: [key IN keys(r) | {key: key, type: valueType(r[key]), value: r[key]}] +
                 [key IN keys(provenance) | {key: key, type: valueType(provenance[key]), value: provenance[key]}]}
       } AS edges
