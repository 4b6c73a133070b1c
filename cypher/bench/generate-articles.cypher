// generate-articles: synthetic articles for the scale benchmark, ids article:syn-N.
// Parameters:
//   $start  INTEGER  first number of this batch
//   $end    INTEGER  one past the last number
//   $openEnd  STRING  the day an undated article's rank starts with (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: created - how many articles were made
// Example: {"start": 0, "end": 10, "openEnd": "9999-12-31"}
// Numbers from JavaScript arrive as floats: toInteger keeps the ids 'org:syn-42', not 'org:syn-42.0'.
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
// Undated, so each ranks as the loader ranks an article with no publication date.
CREATE (a:Node:Article {id: 'article:syn-' + i, title: 'Synthetic article ' + i, source: 'benchmark', text: 'synthetic', rank: $openEnd + '|article:syn-' + i})
RETURN count(a) AS created
