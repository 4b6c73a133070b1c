// list-sizes: how long is one nested list of each of these nodes (an actor's events, an event's participants, ...)?
// Parameters:
//   $ids    LIST<STRING>        node ids
//   $list   STRING              events, proposals, statements, claims (of a person or organization), roles (of a person), members (of an organization), participants, places, causes, consequences, follows, followedBy, partOf or parts (of an event), placeEvents (of a place), sources (of a claim), speakers (of a statement), subjects (what a statement, claim or proposal is about), terms (of a proposal), proposedBy, addressedTo, demandedBy or rejectedBy (of a proposal), binds or termDemandedBy (of a term), organizationPartOf or organizationParts (of an organization), aboutNode (the statements, claims and proposals about any node: Query.aboutConnection, Node.subjectOfConnection), mentions (the articles that mention any node) or accounts (the articles that describe it, references left out)
//   $roles  LIST<STRING>|null   for participants: only these roles (null: every role)
// Returns: one row per node found: id - the node id, total - how many items the list holds in all
// Example: {"ids": ["person:adam-boehler", "org:hamas"], "list": "events", "roles": null}
// The same relations as the *-by-* file of each list, counted from the node's relationship counts where Neo4j
// keeps them, so that a totalCount costs no read of the list itself.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, CASE $list
  WHEN 'events' THEN COUNT { (n)-[:PARTICIPATED_IN]->(:Event) }
  WHEN 'proposals' THEN COUNT { (n)-[:PROPOSED|ADDRESSED_TO|DEMANDED|REJECTED]-(:Proposal) }
  WHEN 'statements' THEN COUNT { (n)-[:STATED]->(:Statement) }
  WHEN 'claims' THEN COUNT { (n)-[:CLAIMED]->(:Claim) }
  WHEN 'roles' THEN COUNT { (n)-[:HOLDS_ROLE]->(:Organization) }
  WHEN 'members' THEN COUNT { (n)<-[:HOLDS_ROLE]-(:Person) }
  WHEN 'participants' THEN COUNT { (n)<-[p:PARTICIPATED_IN]-() WHERE $roles IS NULL OR p.role IN $roles }
  WHEN 'places' THEN COUNT { (n)-[:OCCURRED_IN]->() }
  WHEN 'causes' THEN COUNT { (n)<-[:TRIGGERED]-() }
  WHEN 'consequences' THEN COUNT { (n)-[:TRIGGERED]->() }
  WHEN 'follows' THEN COUNT { (n)-[:FOLLOWED]->() }
  WHEN 'followedBy' THEN COUNT { (n)<-[:FOLLOWED]-() }
  WHEN 'partOf' THEN COUNT { (n)-[:PART_OF_EVENT]->() }
  WHEN 'parts' THEN COUNT { (n)<-[:PART_OF_EVENT]-() }
  WHEN 'placeEvents' THEN COUNT { (n)<-[:OCCURRED_IN]-(:Event) }
  WHEN 'sources' THEN COUNT { (n)<-[:CLAIMED]-() }
  WHEN 'speakers' THEN COUNT { (n)<-[:STATED]-() }
  WHEN 'subjects' THEN COUNT { (n)-[:ABOUT]->() }
  WHEN 'terms' THEN COUNT { (n)-[:HAS_TERM]->(:Term) }
  // DISTINCT as in subject-of-by-node: a statement can be about the node by more than one relation.
  WHEN 'aboutNode' THEN size(COLLECT { MATCH (n)<-[:ABOUT]-(about) RETURN DISTINCT about })
  WHEN 'proposedBy' THEN COUNT { (n)-[:PROPOSED]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'addressedTo' THEN COUNT { (n)-[:ADDRESSED_TO]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'demandedBy' THEN COUNT { (n)-[:DEMANDED]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'rejectedBy' THEN COUNT { (n)-[:REJECTED]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'binds' THEN COUNT { (n)-[:BINDS]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'termDemandedBy' THEN COUNT { (n)-[:DEMANDED]-(actor) WHERE actor:Person OR actor:Organization }
  WHEN 'organizationPartOf' THEN COUNT { (n)-[:PART_OF]->(:Organization) }
  WHEN 'organizationParts' THEN COUNT { (n)<-[:PART_OF]-(:Organization) }
  WHEN 'mentions' THEN COUNT { (n)-[:MENTIONED_IN]->(:Article) }
  WHEN 'accounts' THEN COUNT { ()-[m:MENTIONED_IN {subject: id}]->(:Article) WHERE m.rank >= '' }
END AS total
ORDER BY id
