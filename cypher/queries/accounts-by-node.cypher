// accounts-by-node: what each article says about each of these nodes, its own values before the resolved view.
// Parameters:
//   $ids    LIST<STRING>  node ids
//   $skip   INTEGER       leave out this many articles per node first (paging)
//   $limit  INTEGER       at most this many articles per node
// Returns: one row per node and describing article, in resolution order (rank: the earliest published first):
//   id - the node id, relation - the MENTIONED_IN properties (the article's values, date and quotes),
//   published - the article's publication date (ISO) or null
// A reference (a file that points at the node without describing it) gives no values and is left out.
// Example: {"ids": ["org:hamas", "event:us-hamas-direct-talks"], "skip": 0, "limit": 20}
UNWIND $ids AS id
CALL (id) {
  // rank >= '' reads mentioned_in_subject_rank in order, and leaves out references, which carry no rank.
  MATCH ()-[m:MENTIONED_IN {subject: id}]->(a:Article)
  WHERE m.rank >= ''
  RETURN m, a ORDER BY m.rank SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, m {.*} AS relation, toString(a.published) AS published
ORDER BY id, m.rank
