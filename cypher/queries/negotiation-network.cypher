// negotiation-network: which pairs of actors negotiated with each other, and how often (for a network view)?
// Parameters:
//   $rollUp  BOOLEAN  count people for the organizations they represent, and organizations for the top organization they are part of
//   $limit   INTEGER  at most this many pairs, the heaviest first
// Returns: one row per negotiating pair: source / target - the two actors' ids (source < target), sourceNode / targetNode - their properties and labels, weight - the number of talks or negotiation events and proposals behind the pair, events - their ids, proposals - their ids, relations - the PARTICIPATED_IN, PROPOSED and ADDRESSED_TO relations behind it {role?, side?, table?, key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"rollUp": true, "limit": 100}
// Talks and negotiation events come from the Event.kind index; proposals from those ADDRESSED_TO someone.
CALL () {
  MATCH (basis:Event)<-[p:PARTICIPATED_IN]-(x), (basis)<-[q:PARTICIPATED_IN]-(y)
  WHERE basis.kind IN {{negotiation-kinds}}
    AND p.role IN {{negotiating-roles}} AND q.role IN {{negotiating-roles}}
    // Table sides when both give one (two delegations at one table side are not a negotiation), else the sides
    // represented; < keeps one of the two orders of each pair.
    AND CASE WHEN p.table IS NOT NULL AND q.table IS NOT NULL THEN p.table < q.table
             ELSE coalesce(p.side, x.id) < coalesce(q.side, y.id) END
  RETURN x, y, basis, [p {.*}, q {.*}] AS relations
  UNION
  MATCH (x)-[p:PROPOSED]->(basis:Proposal)-[q:ADDRESSED_TO]->(y)
  RETURN x, y, basis, [p {.*}, q {.*}] AS relations
}
CALL (x) {
  {{roll-up actor=x top=a}}
}
CALL (y) {
  {{roll-up actor=y top=b}}
}
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS source, CASE WHEN a.id < b.id THEN b ELSE a END AS target, basis, relations
WHERE source <> target
// A fixed order inside each edge's lists, so the same graph always gives the same answer.
WITH source, target, basis, relations
ORDER BY basis.id
WITH source, target, collect(DISTINCT basis) AS bases, collect(relations) AS relationLists
RETURN source.id AS source, target.id AS target, size(bases) AS weight,
       source {.*, labels: labels(source)} AS sourceNode, target {.*, labels: labels(target)} AS targetNode,
       [b IN bases WHERE b:Event | b.id] AS events, [b IN bases WHERE b:Proposal | b.id] AS proposals,
       reduce(all = [], list IN relationLists | all + list) AS relations
ORDER BY weight DESC, source, target
LIMIT toInteger($limit)
