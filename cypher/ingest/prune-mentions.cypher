// prune-mentions: unlink the nodes this article no longer annotates; delete those no article mentions any more.
// Parameters:
//   $article  STRING        the Article id
//   $nodeIds  LIST<STRING>  ids of every node the file has now
// Returns: mentions - how many MENTIONED_IN were removed, nodes - how many nodes were deleted with them.
// Example: {"article": "article:example", "nodeIds": ["org:hamas"]}
// A node another article still mentions stays, with its aliases rebuilt from the mentions it has left. Run
// after prune-relations, which needs these mentions to find the relations to remove.
MATCH (:Article {id: $article})<-[m:MENTIONED_IN]-(n:Node)
WHERE NOT n.id IN $nodeIds
DELETE m
WITH DISTINCT n
CALL (n) {
  WITH n
  WHERE NOT EXISTS { (n)-[:MENTIONED_IN]->() }
  DETACH DELETE n
  RETURN 1 AS deleted
UNION
  WITH n
  WHERE EXISTS { (n)-[:MENTIONED_IN]->() }
  SET n.aliases = CASE WHEN n:Entity
    THEN reduce(names = [], name IN reduce(all = [], list IN COLLECT { MATCH (n)-[x:MENTIONED_IN]->() RETURN coalesce(x.aliases, []) } | all + list) |
           CASE WHEN name IN names THEN names ELSE names + name END)
    ELSE n.aliases END
  RETURN 0 AS deleted
}
RETURN count(*) AS mentions, sum(deleted) AS nodes
