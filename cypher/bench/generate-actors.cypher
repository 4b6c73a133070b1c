// generate-actors: synthetic organizations and people for the scale benchmark (npm run bench), ids org:syn-N / person:syn-N.
// Parameters:
//   $start  INTEGER  first number of this batch
//   $end    INTEGER  one past the last number
//   $openEnd  STRING  the day an undated article's rank starts with (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: created - how many organizations were made (each with one person who HOLDS_ROLE in it, a fact
// stated by article:syn-0 as the loader stores facts: the relationship with its key, one Evidence record)
// Example: {"start": 0, "end": 10, "openEnd": "9999-12-31"}
// Numbers from JavaScript arrive as floats: toInteger keeps the ids 'org:syn-42', not 'org:syn-42.0'.
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
CREATE (o:Node:Entity:Organization {id: 'org:syn-' + i, name: 'Synthetic organization ' + i, aliases: ['SO' + i], kind: 'state'})
CREATE (p:Node:Entity:Person {id: 'person:syn-' + i, name: 'Synthetic negotiator ' + i, aliases: []})
CREATE (p)-[:HOLDS_ROLE {key: p.id + '|HOLDS_ROLE|' + o.id, sources: 1, title: 'envoy', resolvedFrom: 'article:syn-0'}]->(o)
CREATE (:Evidence {key: p.id + '|HOLDS_ROLE|' + o.id + '|article:syn-0', fact: p.id + '|HOLDS_ROLE|' + o.id, from: p.id, type: 'HOLDS_ROLE', to: o.id,
  article: 'article:syn-0', rank: $openEnd + '|article:syn-0', title: 'envoy', evidence: ['synthetic'], evidenceStart: [0], evidenceEnd: [9]})
RETURN count(o) AS created
