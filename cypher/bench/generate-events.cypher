// generate-events: synthetic events for the scale benchmark, ids event:syn-N, spread over 1990-2026 by a fixed
// hash of N (the same graph on every run). Each event is mentioned in one article and has two parties on different
// sides; every tenth event is talks, with a lead negotiator and a mediator as well. Each participation is stored as
// the loader stores a fact: one relationship with its key and source count, and its article's Evidence record
// (MERGEd: an actor drawn twice for one event states one fact). One event in ten is undated
// ("recent"): precision unknown, bounded by what it followed and by its article's publication date (up to a year
// later), as the loader bounds it; one in a thousand comes from an article with no date and stays open-ended.
// span as the loader writes it (merge-nodes.cypher); no event follows another, so each one's sequence is 0.
// Parameters:
//   $start     INTEGER  first number of this batch
//   $end       INTEGER  one past the last number
//   $articles  INTEGER  how many synthetic articles exist
//   $actors    INTEGER  how many synthetic organizations (and people) exist
//   $openEnd   STRING   the day an open latest stands for in span (src/db/openEnd.ts: 9999-12-31)
// Returns: one row: talks - how many of the events were talks
// Example: {"start": 0, "end": 10, "articles": 10, "actors": 10, "openEnd": "9999-12-31"}
// Numbers from JavaScript arrive as floats: toInteger keeps the ids 'org:syn-42', not 'org:syn-42.0'.
UNWIND range(toInteger($start), toInteger($end) - 1) AS i
WITH i, date('1990-01-01') + duration({days: (i * 7919) % 13300}) AS day,
     CASE WHEN i % 1000 = 7 THEN null WHEN i % 10 = 3 THEN date('1990-01-01') + duration({days: (i * 7919) % 13300 + i % 365}) END AS undatedLatest,
     ['attack', 'talks', 'statement', 'ceasefire', 'agreement', 'warning', 'rejection', 'nomination', 'designation', 'war'][i % 10] AS kind
CREATE (e:Node:Event {id: 'event:syn-' + i, kind: kind, title: 'Synthetic event ' + i, summary: 'synthetic',
  dateText: CASE WHEN i % 10 = 3 OR i % 1000 = 7 THEN 'recent' ELSE toString(day) END,
  datePrecision: CASE WHEN i % 10 = 3 OR i % 1000 = 7 THEN 'unknown' ELSE 'day' END,
  earliest: day, latest: CASE WHEN i % 10 = 3 OR i % 1000 = 7 THEN undatedLatest ELSE day END, sequence: 0,
  span: point({x: duration.inDays(date('1970-01-01'), day).days,
               y: duration.inDays(date('1970-01-01'), CASE WHEN i % 10 = 3 OR i % 1000 = 7 THEN coalesce(undatedLatest, date($openEnd)) ELSE day END).days})})
WITH e, i, kind
MATCH (article:Article {id: 'article:syn-' + (i % toInteger($articles))})
MATCH (a:Organization {id: 'org:syn-' + (i % toInteger($actors))})
MATCH (b:Organization {id: 'org:syn-' + ((i * 31 + 17) % toInteger($actors))})
CREATE (e)-[:MENTIONED_IN {article: article.id, evidence: ['synthetic'], evidenceStart: [0], evidenceEnd: [9]}]->(article)
WITH e, i, kind, article, a, b
OPTIONAL MATCH (lead:Person {id: 'person:syn-' + (i % toInteger($actors))}) WHERE kind = 'talks'
OPTIONAL MATCH (mediator:Organization {id: 'org:syn-' + ((i * 13 + 5) % toInteger($actors))}) WHERE kind = 'talks'
WITH e, kind, article,
     [[a, 'party', a.id], [b, 'party', b.id]] +
     CASE WHEN kind = 'talks' THEN [[lead, 'lead negotiator', a.id], [mediator, 'mediator', null]] ELSE [] END AS parts
CALL (e, article, parts) {
  UNWIND parts AS part
  WITH e, article, part[0] AS actor, part[1] AS role, part[2] AS side, part[0].id + '|PARTICIPATED_IN|' + e.id AS fact
  MERGE (actor)-[r:PARTICIPATED_IN {key: fact}]->(e)
    ON CREATE SET r.sources = 1, r.role = role, r.side = side, r.resolvedFrom = article.id
  MERGE (ev:Evidence {key: fact + '|' + article.id})
    ON CREATE SET ev += {fact: fact, from: actor.id, type: 'PARTICIPATED_IN', to: e.id, article: article.id, rank: article.rank,
                         role: role, side: side, evidence: ['synthetic'], evidenceStart: [0], evidenceEnd: [9]}
}
RETURN count(CASE WHEN kind = 'talks' THEN 1 END) AS talks
