// events-by-place: which events occurred at each of these places?
// Parameters:
//   $ids    LIST<STRING>  place ids
//   $skip   INTEGER       leave out this many events per place first (paging)
//   $limit  INTEGER       at most this many events per place
// Returns: one row per OCCURRED_IN at the place: id - the place id, event - the event (properties and labels), relation - {key, sources (how many articles state it; evidence-by-fact has their quotes)}
// Example: {"ids": ["place:gaza", "place:southern-israel"], "skip": 0, "limit": 50}
// Events come earliest first (undated last), then by id, as on the timeline, before each place's skip and limit.
UNWIND $ids AS id
MATCH (p:Place {id: id})
CALL (p) {
  MATCH (p)<-[r:OCCURRED_IN]-(e:Event)
  RETURN r, e ORDER BY e.earliest, e.id SKIP toInteger($skip) LIMIT toInteger($limit)
}
RETURN id, e {.*, labels: labels(e)} AS event, r {.*} AS relation
ORDER BY id, e.earliest, e.id
