// timeline-of-actor: which events did this actor take part in (in a date range, of some kinds), in the order of their date interval?
// Parameters:
//   $actorId      STRING              the person or organization
//   $from         STRING|null         ISO date: the range's first day (null: no lower bound)
//   $to           STRING|null         ISO date: the range's last day (null: no upper bound)
//   $match        STRING              WITHIN (earliest >= from, a known latest <= to), STARTS_IN (from <= earliest <= to) or OVERLAPS (earliest <= to, latest >= from or open)
//   $kinds        LIST<STRING>|null   only events of these kinds (null: every kind)
//   $after        MAP|null            the sort key of the last event already seen {earliest, latest, sequence, id}, as this query returns it (null: from the start)
//   $limit        INTEGER             at most this many rows
//   $openEnd      STRING              the day an open bound stands for in the sort key (src/db/openEnd.ts: 9999-12-31)
//   $participantRoles   LIST<STRING>|null  with participants: only these roles (null: every role)
//   $participantsLimit  INTEGER|null       with each event, at most this many of its participants (null: none)
//   $brief              BOOLEAN            events with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
//   $participantsBrief  BOOLEAN            the same for the participants' actors
// Returns: the rows timeline.cypher returns with the same $actorId: one per event in timeline order: event, earliestKey, latestKey, sequence, participants
// Example: {"actorId": "org:hamas", "from": null, "to": null, "match": "WITHIN", "kinds": null, "after": null, "limit": 20, "openEnd": "9999-12-31", "participantRoles": null, "participantsLimit": null, "brief": false, "participantsBrief": false}
// timeline.cypher's answer for one actor, and its order and range rules, without its union: the API sends this file
// when a timeline names an actor. The union's other branches do nothing then, yet planning them in and running the
// union around the one that does cost about 0.45 ms of the 2.8 ms statement for 50 of an actor's events with their
// participants on the 1M-event bench graph (p50 of 500 interleaved runs).
MATCH (:Node {id: $actorId})-[:PARTICIPATED_IN]->(e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds) AND {{date-in-range node=e}}
WITH DISTINCT e
{{timeline-page}}
