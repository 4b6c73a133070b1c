// grow-sources: adds synthetic articles that all describe org:hamas and org:united-states and state one fact between
// them, shaped as the loader writes them (npm run bench:load), so the hubs gather sources the way a corpus makes them.
// Parameters:
//   $start  INTEGER  first number of this batch of synthetic articles
//   $end    INTEGER  one past the last number
// Returns: one row: articles - how many were added
// Example: {"start": 0, "end": 10}
// Each article also has an event of its own that both hubs took part in, so the hubs gather relationships too.
MATCH (hamas:Node {id: 'org:hamas'}), (us:Node {id: 'org:united-states'})
MERGE (hamas)-[hub:PART_OF]->(us)
ON CREATE SET hub.key = 'org:hamas|PART_OF|org:united-states', hub.sources = 0
WITH hamas, us, hub
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
WITH hamas, us, hub, i, 'article:bench-fill-' + i AS article, '2020-01-01|article:bench-fill-' + i AS rank
CREATE (a:Node:Article {id: article, title: 'Filler ' + i, source: 'bench', textFile: 'none', textSha256: 'none', text: 'Hamas and the US.', rank: rank})
CREATE (hamas)-[:MENTIONED_IN {article: article, subject: 'org:hamas', rank: rank, name: 'Hamas', kind: 'armed group', description: 'an armed group', aliases: ['the movement ' + (i % 50)], evidence: ['Hamas'], evidenceStart: [0], evidenceEnd: [5]}]->(a)
CREATE (us)-[:MENTIONED_IN {article: article, subject: 'org:united-states', rank: rank, name: 'United States', kind: 'state', aliases: ['US'], evidence: ['the US'], evidenceStart: [10], evidenceEnd: [16]}]->(a)
CREATE (event:Node:Event {id: 'event:bench-fill-' + i, kind: 'talks', title: 'Filler talks ' + i, resolvedFrom: article})
CREATE (event)-[:MENTIONED_IN {article: article, subject: event.id, rank: rank, kind: 'talks', title: event.title, evidence: ['Hamas and the US'], evidenceStart: [0], evidenceEnd: [16]}]->(a)
CREATE (hamas)-[:PARTICIPATED_IN {key: 'org:hamas|PARTICIPATED_IN|' + event.id, sources: 1, role: 'party', side: 'org:hamas', resolvedFrom: article}]->(event)
CREATE (us)-[:PARTICIPATED_IN {key: 'org:united-states|PARTICIPATED_IN|' + event.id, sources: 1, role: 'party', side: 'org:united-states', resolvedFrom: article}]->(event)
CREATE (:Evidence {key: 'org:hamas|PARTICIPATED_IN|' + event.id + '|' + article, fact: 'org:hamas|PARTICIPATED_IN|' + event.id, from: 'org:hamas', type: 'PARTICIPATED_IN', to: event.id, article: article, rank: rank, role: 'party', side: 'org:hamas', evidence: ['Hamas'], evidenceStart: [0], evidenceEnd: [5]})
CREATE (:Evidence {key: 'org:united-states|PARTICIPATED_IN|' + event.id + '|' + article, fact: 'org:united-states|PARTICIPATED_IN|' + event.id, from: 'org:united-states', type: 'PARTICIPATED_IN', to: event.id, article: article, rank: rank, role: 'party', side: 'org:united-states', evidence: ['the US'], evidenceStart: [10], evidenceEnd: [16]})
CREATE (:Evidence {key: 'org:hamas|PART_OF|org:united-states|' + article, fact: 'org:hamas|PART_OF|org:united-states', from: 'org:hamas', type: 'PART_OF', to: 'org:united-states', article: article, rank: rank, evidence: ['Hamas and the US'], evidenceStart: [0], evidenceEnd: [16]})
WITH hub, count(*) AS articles
SET hub.sources = hub.sources + articles
RETURN articles
