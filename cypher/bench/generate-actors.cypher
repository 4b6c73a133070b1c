// generate-actors: synthetic organizations and people for the scale benchmark (npm run bench), ids org:syn-N / person:syn-N.
// Parameters:
//   $start  INTEGER  first number of this batch
//   $end    INTEGER  one past the last number
// Returns: one row: created - how many organizations were made (each with one person who HOLDS_ROLE in it)
// Example: {"start": 0, "end": 10}
// Numbers from JavaScript arrive as floats: toInteger keeps the ids 'org:syn-42', not 'org:syn-42.0'.
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
CREATE (o:Node:Entity:Organization {id: 'org:syn-' + i, name: 'Synthetic organization ' + i, aliases: ['SO' + i], kind: 'state'})
CREATE (p:Node:Entity:Person {id: 'person:syn-' + i, name: 'Synthetic negotiator ' + i, aliases: []})
CREATE (p)-[:HOLDS_ROLE {title: 'envoy', article: 'article:syn-0', evidence: ['synthetic'], evidenceStart: [0], evidenceEnd: [9]}]->(o)
RETURN count(o) AS created
