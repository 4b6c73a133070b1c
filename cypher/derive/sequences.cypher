// sequences: where does each of these events stand in the chains the articles give? Stored as sequence, which the timeline sorts on.
// Parameters:
//   $ids  LIST<STRING>  event ids, as open-bounds returns them
// Returns: one row: events - how many events got their sequence
// Example: {"ids": ["event:october-7-raid", "event:gaza-war", "event:us-hamas-direct-talks"]}
// sequence is the longest chain, of at most 4 relations, behind the event: FOLLOWED (later -> earlier),
// TRIGGERED (cause -> effect, walked from the effect) and PART_OF_EVENT (part -> whole: a part is bounded by its
// whole, so it comes after it); 0 when nothing stands behind it. Events that share a date interval (the loader
// dates "recent" talks from the raid they followed) then keep the order the article gives. A relation a load adds
// or removes changes the sequence only of events up to 4 relations after it, and open-bounds returns every event
// up to 6 relations from what the load wrote, so each load recomputes every sequence it can have changed.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH chain = (e) ((x)-[r:FOLLOWED|TRIGGERED|PART_OF_EVENT]-(:Event)
    WHERE (type(r) <> 'TRIGGERED' AND startNode(r) = x) OR (type(r) = 'TRIGGERED' AND endNode(r) = x)){1,4} (:Event)
  RETURN coalesce(max(length(chain)), 0) AS sequence
}
SET e.sequence = sequence
RETURN count(e) AS events
