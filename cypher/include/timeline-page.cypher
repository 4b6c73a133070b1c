// timeline-page: a page of a timeline from rows of events `e` (timeline.cypher, timeline-of-actor.cypher): each
// event's sort key (earliestKey, latestKey: ISO dates, $openEnd standing for an open bound; sequence; id), the events
// after $after, the first $limit of them in that order, and with each its first participants when $participantsLimit
// is given. The query declares $after, $limit, $openEnd, $brief, $participantsBrief, $participantRoles and
// $participantsLimit, and documents the order it gives.
WITH e, toString(coalesce(e.earliest, date($openEnd))) AS earliestKey, toString(coalesce(e.latest, date($openEnd))) AS latestKey,
     coalesce(e.sequence, 0) AS sequence
WHERE $after IS NULL OR [earliestKey, latestKey, sequence, e.id] > [$after.earliest, $after.latest, $after.sequence, $after.id]
WITH e, earliestKey, latestKey, sequence
ORDER BY earliestKey, latestKey, sequence, e.id
LIMIT toInteger($limit)
// The page's participants when the request nests them (the API reads its selection first): the two levels in one
// round trip; only the events of the page are visited.
RETURN {{node-map node=e brief=$brief}} AS event, earliestKey, latestKey, sequence,
       CASE WHEN $participantsLimit IS NULL THEN null ELSE {{participants-page event=e}} END AS participants
ORDER BY earliestKey, latestKey, sequence, e.id
