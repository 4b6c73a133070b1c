// graph-size: how far a kept benchmark store has grown, so npm run bench:api grows it only by what is missing.
// Parameters: none
// Returns: at most one row: actors, articles, events - the synthetic graph's size as record-graph-size wrote it
// Example: {}
// One BenchSize node per store: the label scan reads that node alone.
MATCH (size:BenchSize)
RETURN size.actors AS actors, size.articles AS articles, size.events AS events
