// selection-page: some nodes of a selection (a neighbourhood) for an export, each with its outgoing relationships inside the selection.
// Parameters:
//   $ids        LIST<STRING>  the nodes of this page
//   $selection  LIST<STRING>  every node of the selection: relationships to nodes outside it are left out
// Returns: one row per node found: id, labels, properties - [{key, type, value}] with type as valueType() gives it, edges - its outgoing relationships to selected nodes as {type, target, properties} (a fact's properties include its sources' quotes flattened in rank order: evidence, evidenceStart, evidenceEnd, and evidenceArticle naming the article of each quote)
// Example: {"ids": ["person:adam-boehler"], "selection": ["person:adam-boehler", "org:united-states"]}
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id,
       labels(n) AS labels,
       [key IN keys(n) | {key: key, type: valueType(n[key]), value: n[key]}] AS properties,
       COLLECT {
         MATCH (n)-[r]->(m:Node)
         WHERE m.id IN $selection
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
