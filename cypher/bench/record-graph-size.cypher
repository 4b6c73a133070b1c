// record-graph-size: notes the size a kept benchmark store has grown to (read back by graph-size.cypher).
// Parameters:
//   $actors    INTEGER  synthetic organizations (and people)
//   $articles  INTEGER  synthetic articles
//   $events    INTEGER  synthetic events
// Returns: nothing
// Example: {"actors": 10000, "articles": 10000, "events": 100000}
MERGE (size:BenchSize)
SET size.actors = toInteger($actors), size.articles = toInteger($articles), size.events = toInteger($events)
