// links-by-event: where did each of these events occur, what caused or followed it, and what is it part of?
// Parameters:
//   $ids    LIST<STRING>  event ids
//   $skip   INTEGER       leave out this many links per event, relation type and direction first (paging)
//   $limit  INTEGER       at most this many links per event, relation type and direction
// Returns: one row per OCCURRED_IN, TRIGGERED, FOLLOWED or PART_OF_EVENT relation at the event: id - the event id, type - the relation type, outgoing - true when the event is the relation's start, other - the node at the other end (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["event:us-hamas-direct-talks", "event:october-7-raid"], "skip": 0, "limit": 50}
// Each type and direction is its own list (places, causes, consequences, ...), ordered by the other node's id
// (and the relation, for two relations between the same pair) before its own skip and limit, so that a war with
// many parts cannot push its causes out of the answer and each page of one list follows the page before it.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[r:OCCURRED_IN]->(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)-[r:TRIGGERED]->(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)<-[r:TRIGGERED]-(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)-[r:FOLLOWED]->(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)<-[r:FOLLOWED]-(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)-[r:PART_OF_EVENT]->(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
  UNION ALL
  MATCH (e)<-[r:PART_OF_EVENT]-(other) RETURN r, other ORDER BY other.id, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, type(r) AS type, startNode(r) = e AS outgoing, other {.*, labels: labels(other)} AS other, r {.*} AS relation
ORDER BY id, type, outgoing, other.id, r.key
