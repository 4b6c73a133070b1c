// open-bounds: which events may a load have changed the derived date bounds of? Opens their derived ends again.
// Parameters:
//   $ids  LIST<STRING>  ids of the nodes a load wrote
// Returns: one row per event to recompute: id - an event of the load, or one up to 6 FOLLOWED, TRIGGERED or PART_OF_EVENT relations from one
// Example: {"ids": ["event:israel-hamas-ceasefire"]}
// The first of the derive statements (src/derive): an end that bound-dates-round.cypher filled in (earliestFrom or
// latestFrom set) is cleared, so that the rounds rebuild it from what the graph says now and a bound whose chain
// the load removed goes with it. An end the loader wrote is never touched. The DISTINCT lets Neo4j walk the
// relations breadth first rather than path by path.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:FOLLOWED|TRIGGERED|PART_OF_EVENT*0..6]-(e:Event)
WITH DISTINCT e
SET e.earliest = CASE WHEN e.earliestFrom IS NULL THEN e.earliest END,
    e.latest = CASE WHEN e.latestFrom IS NULL THEN e.latest END,
    e.earliestFrom = null,
    e.latestFrom = null
RETURN e.id AS id
