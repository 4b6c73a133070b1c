// footprint: the part of the graph one article's load can change, for the dry run's before/after comparison.
// Parameters:
//   $article  STRING        the Article id
//   $ids      LIST<STRING>  the nodes the file declares or references
//   $keys     LIST<STRING>  the facts the file states ("from|TYPE|to")
// Returns: one row per item: kind - article, node, fact, mention (this article's assertion about a node) or evidence
//          (this article's record of a fact), id - its id or key, props - its properties (the article's text as its hash).
// Example: {"article": "article:us-hamas-direct-talks", "ids": ["org:hamas"], "keys": []}
// Besides the file's own ids and keys, the nodes and facts an earlier load of the article touched: a reload may
// take them away. Every lookup goes through an index; no busy node's relationships are walked.
CALL {
  MATCH (a:Article {id: $article})
  RETURN 'article' AS kind, a.id AS id, a {.*, text: null} AS props
UNION
  CALL {
    UNWIND $ids AS id RETURN id
    UNION
    MATCH (:Article {id: $article})<-[:MENTIONED_IN]-(n:Node) RETURN n.id AS id
  }
  MATCH (n:Node {id: id})
  RETURN 'node' AS kind, id, n {.*, labels: labels(n)} AS props
UNION
  MATCH (:Article {id: $article})<-[m:MENTIONED_IN]-(n:Node)
  RETURN 'mention' AS kind, n.id AS id, properties(m) AS props
UNION
  CALL {
    UNWIND $keys AS key RETURN key
    UNION
    MATCH (e:Evidence {article: $article}) RETURN e.fact AS key
  }
  CALL (key) {
    MATCH (e:Evidence {fact: key})
    RETURN e LIMIT 1
  }
  MATCH (:Node {id: e.from})-[r:$(e.type)]->(:Node {id: e.to})
  RETURN 'fact' AS kind, key AS id, properties(r) AS props
UNION
  MATCH (e:Evidence {article: $article})
  RETURN 'evidence' AS kind, e.fact AS id, properties(e) AS props
}
RETURN kind, id, props
