// bound-dates-round: which open date ends of these events do the events next to them bound? One round of it.
// Parameters:
//   $ids  LIST<STRING>  event ids, as open-bounds returns them
// Returns: one row: changed - how many ends this round filled or tightened (0: the bounds are settled)
// Example: {"ids": ["event:israel-hamas-ceasefire", "event:ceasefire-first-phase"]}
// An end the loader left open (earliest or latest absent, or filled by an earlier round: earliestFrom / latestFrom
// set) takes the tightest bound of the events one relation away:
//   earliest: no earlier than the events it FOLLOWED, the events that TRIGGERED it, and the event it is PART_OF_EVENT;
//   latest:   no later than the events that FOLLOWED it, the events it TRIGGERED, and the event it is PART_OF_EVENT.
// earliestFrom / latestFrom name that event. src/derive repeats the round (at most 6 times, so chains of up to 6
// relations count) until nothing changes; an end only ever tightens, so the rounds settle.
// Pattern comprehensions rather than subqueries: this runs in every load, and they plan in a fraction of the time.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e,
  reduce(best = null, b IN [(e)-[:FOLLOWED|PART_OF_EVENT]->(b:Event) WHERE b.earliest IS NOT NULL | b] + [(e)<-[:TRIGGERED]-(b:Event) WHERE b.earliest IS NOT NULL | b] |
    CASE WHEN best IS NULL OR b.earliest > best.earliest OR (b.earliest = best.earliest AND b.id < best.id) THEN b ELSE best END) AS before,
  reduce(best = null, l IN [(e)<-[:FOLLOWED]-(l:Event) WHERE l.latest IS NOT NULL | l] + [(e)-[:TRIGGERED|PART_OF_EVENT]->(l:Event) WHERE l.latest IS NOT NULL | l] |
    CASE WHEN best IS NULL OR l.latest < best.latest OR (l.latest = best.latest AND l.id < best.id) THEN l ELSE best END) AS later
WITH e, before, later,
     (e.earliest IS NULL OR e.earliestFrom IS NOT NULL) AND before IS NOT NULL AND (e.earliest IS NULL OR before.earliest > e.earliest) AS raiseEarliest,
     (e.latest IS NULL OR e.latestFrom IS NOT NULL) AND later IS NOT NULL AND (e.latest IS NULL OR later.latest < e.latest) AS lowerLatest
SET e.earliest = CASE WHEN raiseEarliest THEN before.earliest ELSE e.earliest END,
    e.earliestFrom = CASE WHEN raiseEarliest THEN before.id ELSE e.earliestFrom END,
    e.latest = CASE WHEN lowerLatest THEN later.latest ELSE e.latest END,
    e.latestFrom = CASE WHEN lowerLatest THEN later.id ELSE e.latestFrom END
RETURN count(CASE WHEN raiseEarliest THEN 1 END) + count(CASE WHEN lowerLatest THEN 1 END) AS changed
