// timeline: which events happened in a date range (or involved an actor, or are of some kinds), in the order of their date interval?
// Parameters:
//   $from         STRING|null         ISO date: the range's first day (null: no lower bound)
//   $to           STRING|null         ISO date: the range's last day (null: no upper bound)
//   $match        STRING              WITHIN (earliest >= from, a known latest <= to), STARTS_IN (from <= earliest <= to) or OVERLAPS (earliest <= to, latest >= from or open)
//   $actorId      STRING|null         only events this actor PARTICIPATED_IN (null: every actor)
//   $kinds        LIST<STRING>|null   only events of these kinds (null: every kind)
//   $after        MAP|null            the sort key of the last event already seen {earliest, latest, sequence, id}, as this query returns it (null: from the start)
//   $limit        INTEGER             at most this many rows
//   $openEnd      STRING              the day an open bound stands for in the sort key and in span (src/db/openEnd.ts: 9999-12-31)
//   $cells        LIST<ANY>           the squares [column, row] (two integers each) that cover the OVERLAPS quadrant at every level (src/graphql/timelineParams.ts)
//   $cornerCells  LIST<ANY>           the squares [column, row] added at level 0, in the quadrant's corner
//   $participantRoles   LIST<STRING>|null  with participants: only these roles (null: every role)
//   $participantsLimit  INTEGER|null       with each event, at most this many of its participants (null: none)
//   $brief              BOOLEAN            events with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
//   $participantsBrief  BOOLEAN            the same for the participants' actors
// Returns: one row per event in timeline order: event - its properties and labels, earliestKey / latestKey - the interval bounds as ISO dates, $openEnd standing for an open bound, sequence - how many events it follows, was triggered by or is part of in a chain (places undated events after what the text says came first), participants - null, or with $participantsLimit the event's first participants [{actor, relation}] as participants-by-event.cypher orders them; with $brief the nodes carry only id, name, title and labels
// Example: {"from": null, "to": null, "match": "WITHIN", "actorId": null, "kinds": null, "after": null, "limit": 20, "openEnd": "9999-12-31", "cells": [[0, 3], [0, 4], [0, 5], [1, 2], [1, 3], [1, 4], [1, 5], [2, 1], [2, 2], [2, 3], [3, 0], [3, 1], [3, 2], [3, 3], [4, 0], [4, 1], [5, 0], [5, 1]], "cornerCells": [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0]], "participantRoles": null, "participantsLimit": null, "brief": false, "participantsBrief": false}
// Order: earliest ascending (open last), latest ascending (open last), sequence, id. $match says which events
// are in [from, to]; an open side of the range ($from or $to null) holds every bound on that side, so without
// from and to the three agree. An open end is open: the article gives no end ("recent" talks after the raid), so
// under OVERLAPS the event may fall in any range from its earliest day on, and is listed there rather than left
// out; WITHIN leaves it out of a range with a last day, since nothing says it ended by then. An event with no
// earliest day is not placed in time, so a date range leaves it out in every mode.
// Events that share an interval (the loader dates "recent" talks from the raid they followed) keep the order the
// article gives: sequence is the longest chain of FOLLOWED (later -> earlier), TRIGGERED (cause -> effect) and
// PART_OF_EVENT (part -> whole: a part is bounded by its whole, so it comes after it) behind each, stored on the
// event by every load (cypher/derive/sequences.cypher); an event no load has touched since counts as 0.
// The sort key is compared as a list: the equivalent nested OR is re-planned slowly by Neo4j.
// Each branch starts from an index: the actor's id; otherwise the Event.earliest index in its own order (Neo4j
// stops reading once the page is full, so this branch alone filters by $after before its limit; WITHIN drops
// there what ends after $to), plus, for a range under OVERLAPS only, the events that began before it and end on
// or after its first day, from the event_span point index (x earliest, y latest, in days since 1970). The other
// branches read all they find anyway, so their rows are filtered, sorted and cut once, after the union.
// The OVERLAPS set is a quadrant with its corner at `from`, and Neo4j reads a box through space-filling-curve tiles about
// half the box's size, so one big box would read the short events around the corner, most of the graph. The
// quadrant is therefore cut into squares that grow with their distance from the corner (18 per power of two, the
// cells of a Whitney decomposition: $cells at every level, scaled by 2^level, and $cornerCells at level 0), each
// at least as far from the diagonal, where short events lie, as a tile is wide. The data's first earliest and
// last latest (two index lookups) bound the levels, and the box stops below the open latest ($openEnd).
// Open-ended events that began before the range sit on the top edge of the index (y = $openEnd), a strip whose
// tiles stay far above the short events, so a box along it reads only them.
// Undated events are read (a label scan) only for the last page of a timeline with no range and no actor.
// For one actor the API sends timeline-of-actor.cypher: this file's actor branch alone, the same rows without the union.
CALL () {
  MATCH (:Node {id: $actorId})-[:PARTICIPATED_IN]->(e:Event)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND {{date-in-range node=e}}
  RETURN e
  UNION
  WITH 1 AS guard WHERE $actorId IS NULL
  CALL () {
    MATCH (e:Event)
    WHERE e.earliest >= date(coalesce($from, '0001-01-01')) AND e.earliest >= date(coalesce($after.earliest, '0001-01-01'))
      AND e.earliest <= date(coalesce($to, $openEnd))
      AND ($kinds IS NULL OR e.kind IN $kinds)
      AND ($match <> 'WITHIN' OR $to IS NULL OR e.latest <= date($to))
    WITH e, toString(coalesce(e.latest, date($openEnd))) AS latestKey, coalesce(e.sequence, 0) AS sequence
    WHERE $after IS NULL OR [toString(e.earliest), latestKey, sequence, e.id] > [$after.earliest, $after.latest, $after.sequence, $after.id]
    RETURN e ORDER BY e.earliest, latestKey, sequence, e.id
    LIMIT toInteger($limit)
  }
  // collect makes one row even when the guard above let none through: the undated guard repeats it.
  WITH collect(e) AS dated
  // A projection, not a bare WHERE, so that the guard is checked before the label scan rather than on each row of it.
  CALL (dated) {
    WITH size(dated) AS found
    WHERE found < toInteger($limit) AND $actorId IS NULL AND $from IS NULL AND $to IS NULL
    MATCH (e:Event)
    WHERE e.earliest IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
    RETURN collect(e) AS undated
  }
  UNWIND dated + undated AS e
  RETURN e
  UNION
  WITH 1 AS guard WHERE $actorId IS NULL AND $from IS NOT NULL AND $match = 'OVERLAPS'
  CALL () {
    MATCH (first:Event) WHERE first.earliest IS NOT NULL
    RETURN first.earliest AS first ORDER BY first.earliest LIMIT 1
  }
  CALL () {
    MATCH (last:Event) WHERE last.latest IS NOT NULL
    RETURN last.latest AS last ORDER BY last.latest DESC LIMIT 1
  }
  WITH duration.inDays(date('1970-01-01'), date($from)).days AS f,
       duration.inDays(date('1970-01-01'), CASE WHEN $after IS NULL OR date($after.earliest) < first THEN first ELSE date($after.earliest) END).days AS lowX,
       duration.inDays(date('1970-01-01'), last).days AS highY
  // a = f - 1 - x (days before from), b = y - f (days after from); the region is a >= 0, b >= 0.
  WITH f, f - 1 - lowX AS aMax, highY - f AS bMax
  WHERE aMax >= 0 AND bMax >= 0
  UNWIND range(0, toInteger(ceil(log(1 + CASE WHEN aMax > bMax THEN aMax ELSE bMax END) / log(2)))) AS level
  UNWIND $cells + CASE level WHEN 0 THEN $cornerCells ELSE [] END AS cell
  WITH f, aMax, bMax, toInteger(2 ^ level) AS side, cell
  WITH f, aMax, bMax, cell[0] * side AS a0, (cell[0] + 1) * side - 1 AS a1, cell[1] * side AS b0, (cell[1] + 1) * side - 1 AS b1
  WHERE a0 <= aMax AND b0 <= bMax
  MATCH (e:Event)
  WHERE point.withinBBox(e.span, point({x: f - 1 - CASE WHEN a1 < aMax THEN a1 ELSE aMax END, y: f + b0}),
                                 point({x: f - 1 - a0, y: f + CASE WHEN b1 < bMax THEN b1 ELSE bMax END}))
    AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $actorId IS NULL AND $from IS NOT NULL AND $match = 'OVERLAPS'
  WITH duration.inDays(date('1970-01-01'), date($from)).days AS f, duration.inDays(date('1970-01-01'), date($openEnd)).days AS open
  MATCH (e:Event)
  WHERE point.withinBBox(e.span, point({x: duration.inDays(date('1970-01-01'), date('0001-01-01')).days, y: open}), point({x: f - 1, y: open}))
    AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN e
}
{{timeline-page}}
