// bound-spans: the last derive statement: drop derived bounds that contradict, and set span from the bounds.
// Parameters:
//   $ids      LIST<STRING>  event ids, as open-bounds returns them
//   $openEnd  STRING        the day an open latest stands for in span (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: events - how many events were settled, bounded - how many of them carry a bound from another event
// Example: {"ids": ["event:israel-hamas-ceasefire", "event:ceasefire-first-phase"], "openEnd": "9999-12-31"}
// A derived bound that leaves an empty interval (earliest after latest) means the chains contradict the
// articles: the article's own ends are kept. span follows the interval, as resolve-nodes.cypher writes it.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, e.earliest IS NOT NULL AND e.latest IS NOT NULL AND e.earliest > e.latest AS contradicts
SET e.earliest = CASE WHEN contradicts AND e.earliestFrom IS NOT NULL THEN null ELSE e.earliest END,
    e.latest = CASE WHEN contradicts AND e.latestFrom IS NOT NULL THEN null ELSE e.latest END,
    e.earliestFrom = CASE WHEN contradicts THEN null ELSE e.earliestFrom END,
    e.latestFrom = CASE WHEN contradicts THEN null ELSE e.latestFrom END
SET e.span = CASE WHEN e.earliest IS NULL THEN null ELSE point({
      x: duration.inDays(date('1970-01-01'), e.earliest).days,
      y: duration.inDays(date('1970-01-01'), coalesce(e.latest, date($openEnd))).days}) END
RETURN count(e) AS events, count(CASE WHEN e.earliestFrom IS NOT NULL OR e.latestFrom IS NOT NULL THEN 1 END) AS bounded
