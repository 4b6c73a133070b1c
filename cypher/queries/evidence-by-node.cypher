// evidence-by-node: in which articles, and with which quotes, is each of these nodes mentioned?
// Parameters:
//   $ids    LIST<STRING>  node ids
//   $skip   INTEGER       leave out this many articles per node first (paging)
//   $limit  INTEGER       at most this many articles per node
// Returns: one row per node and article: id - the node id, relation - the MENTIONED_IN properties {article, evidence, evidenceStart, evidenceEnd}
// Example: {"ids": ["person:adam-boehler", "org:qatar"], "skip": 0, "limit": 20}
// Ordered by article id per node, before that node's skip and limit.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(:Article)
  RETURN m ORDER BY m.article SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, m {.*} AS relation
ORDER BY id, m.article
