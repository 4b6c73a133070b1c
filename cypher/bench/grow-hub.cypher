// grow-hub: gives one node many relationships from other articles, the way a busy actor gathers them over
// thousands of articles (npm run bench:load).
// Parameters:
//   $id     STRING   the node to grow
//   $start  INTEGER  first number of this batch of synthetic events
//   $end    INTEGER  one past the last number
// Returns: one row: created - how many relationships were added
// Example: {"id": "org:hamas", "start": 0, "end": 10}
MATCH (hub:Node {id: $id})
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
CREATE (hub)-[r:PARTICIPATED_IN {role: 'party', article: 'article:syn-hub', evidence: ['synthetic'], evidenceStart: [0], evidenceEnd: [9]}]->(:Node:Event {id: 'event:hub-' + i, kind: 'talks', title: 'Synthetic event ' + i})
RETURN count(r) AS created
