// bound-dates: which open ends of these events (and of the events linked to them) does the graph bound?
// Parameters:
//   $ids  LIST<STRING>  ids of the nodes a load wrote; their events, and every event up to 6 FOLLOWED, TRIGGERED or PART_OF_EVENT relations away, are recomputed
// Returns: one row: events - how many events were recomputed, bounded - how many of them now carry a bound from another event
// Example: {"ids": ["event:israel-hamas-ceasefire"]}
// Runs after every load, in its transaction (src/ingest/write.ts), and only ever fills an end the loader left
// open (earliest or latest absent): a date an article gives, or derives from its own after/before and
// publication date, is never replaced. Rules, each a chain of up to 6 relations between events:
//   earliest: an event is no earlier than the events it FOLLOWED, the events that TRIGGERED it, and the event it
//             is PART_OF_EVENT (the seed's ceasefire, part of the Gaza war, begins no earlier than the war);
//   latest:   an event is no later than the events that FOLLOWED it, the events it TRIGGERED, and the event it is
//             PART_OF_EVENT.
// The bound is the tightest the chains give, taken from the other events' own ends only (a bound this step wrote
// is marked by earliestFrom / latestFrom, the id of the event it comes from), so recomputing after a load drops a
// bound whose chain is gone; a bound that would make the interval empty is not applied. span follows.
UNWIND $ids AS id
MATCH (start:Event {id: id})
MATCH (start)-[:FOLLOWED|TRIGGERED|PART_OF_EVENT]-{0,6}(e:Event)
WITH DISTINCT e
WITH e, CASE WHEN e.earliestFrom IS NULL THEN e.earliest END AS ownEarliest, CASE WHEN e.latestFrom IS NULL THEN e.latest END AS ownLatest
CALL (e, ownEarliest) {
  OPTIONAL MATCH (e) ((a)-[r:FOLLOWED|TRIGGERED|PART_OF_EVENT]-(:Event)
    WHERE (type(r) = 'TRIGGERED' AND endNode(r) = a) OR (type(r) <> 'TRIGGERED' AND startNode(r) = a)){1,6} (before:Event)
  WHERE ownEarliest IS NULL AND before.earliestFrom IS NULL AND before.earliest IS NOT NULL
  RETURN before.earliest AS boundEarliest, before.id AS earliestFrom
  ORDER BY before.earliest DESC, before.id LIMIT 1
}
CALL (e, ownLatest) {
  OPTIONAL MATCH (e) ((a)-[r:FOLLOWED|TRIGGERED|PART_OF_EVENT]-(:Event)
    WHERE (type(r) = 'FOLLOWED' AND endNode(r) = a) OR (type(r) <> 'FOLLOWED' AND startNode(r) = a)){1,6} (later:Event)
  WHERE ownLatest IS NULL AND later.latestFrom IS NULL AND later.latest IS NOT NULL
  RETURN later.latest AS boundLatest, later.id AS latestFrom
  ORDER BY later.latest, later.id LIMIT 1
}
WITH e, coalesce(ownEarliest, boundEarliest) AS earliest, coalesce(ownLatest, boundLatest) AS latest,
     CASE WHEN ownEarliest IS NULL THEN earliestFrom END AS earliestFrom, CASE WHEN ownLatest IS NULL THEN latestFrom END AS latestFrom,
     ownEarliest, ownLatest
// An empty interval means the chains contradict the article: keep what the article gives.
WITH e, CASE WHEN earliest > latest THEN [ownEarliest, ownLatest, null, null] ELSE [earliest, latest, earliestFrom, latestFrom] END AS bounds
SET e.earliest = bounds[0], e.latest = bounds[1], e.earliestFrom = bounds[2], e.latestFrom = bounds[3],
    e.span = CASE WHEN bounds[0] IS NULL THEN null ELSE point({
      x: duration.inDays(date('1970-01-01'), bounds[0]).days,
      y: duration.inDays(date('1970-01-01'), coalesce(bounds[1], date('9999-12-31'))).days}) END
RETURN count(e) AS events, count(bounds[2]) + count(bounds[3]) - count(CASE WHEN bounds[2] IS NOT NULL AND bounds[3] IS NOT NULL THEN 1 END) AS bounded
