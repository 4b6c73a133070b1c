// Constraints and indexes of the diplomacy graph.
// Applied at every start (src/db/schema.ts) and safe to run by hand: each statement is IF NOT EXISTS (or, for an
// index that a newer one replaced, DROP ... IF EXISTS), so running the file twice changes nothing. Statements are separated by semicolons at line ends.

// Every node carries :Node and a stable, readable id; lookups by id alone (entity, paths, neighbourhoods) use this.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
// People, organizations and places also carry :Entity.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT term_id IF NOT EXISTS FOR (n:Term) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// The timeline filters and sorts events on their date interval (Neo4j DATE values).
CREATE INDEX event_earliest IF NOT EXISTS FOR (e:Event) ON (e.earliest);
CREATE INDEX event_latest IF NOT EXISTS FOR (e:Event) ON (e.latest);
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);
CREATE INDEX statement_earliest IF NOT EXISTS FOR (s:Statement) ON (s.earliest);
// An interval overlaps a range when it starts before the range ends and ends after it starts: two open-ended
// conditions that no single range index answers without reading every event on one side. span puts both bounds
// in one point (x: earliest, y: latest, in days since 1970) so the overlap is a box. The extent covers the years
// 0001-9999, the open latest included, so that no point is clamped into the edge tiles of the default extent.
CREATE POINT INDEX event_span IF NOT EXISTS FOR (e:Event) ON (e.span) OPTIONS {indexConfig: {`spatial.cartesian.min`: [-719163.0, -719163.0], `spatial.cartesian.max`: [2932897.0, 2932897.0]}};

// Articles in resolution order: the articles list pages through them by rank.
CREATE INDEX article_rank IF NOT EXISTS FOR (a:Article) ON (a.rank);

// Provenance: every fact a given article supports.
CREATE INDEX mentioned_in_article IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.article);
// Many sources: the resolved view of a node is read from its first-ranked source (and, for dates, its first
// date-ranked one) through these, in index order, so that resolving does not read every source of a busy node.
CREATE INDEX mentioned_in_subject_rank IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.subject, r.rank);
CREATE INDEX mentioned_in_subject_date_rank IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.subject, r.dateRank);
// One Evidence record per (fact, article): a fact's sources are found by its key, an article's by its id.
// The store model marker (cypher/README.md, "Store model marker"): one node, kept one by this constraint when two commands mark a new store at once.
CREATE CONSTRAINT store_model_key IF NOT EXISTS FOR (m:StoreModel) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (e:Evidence) REQUIRE e.key IS UNIQUE;
CREATE INDEX evidence_fact_rank IF NOT EXISTS FOR (e:Evidence) ON (e.fact, e.rank);
// The queries look a fact's sources up by `fact` alone (`{fact: p.key}`), which the composite index above does not
// serve without a predicate on rank as well: without this one every lookup scanned all Evidence (query-plans.test.ts).
CREATE INDEX evidence_fact IF NOT EXISTS FOR (e:Evidence) ON (e.fact);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.article);
CREATE INDEX participated_in_role IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.role);

// Search over names and aliases (aliases is a list of strings, which full-text indexes accept).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
// searchAll: the words of events, proposals, terms, statements and claims (titles, summaries, quotes, term texts and
// notes, claim figures and units). It replaced fact_texts, which left terms out: IF NOT EXISTS never changes an index
// that exists, so a store made before gets the new definition under a new name, and the old index is dropped here.
DROP INDEX fact_texts IF EXISTS;
CREATE FULLTEXT INDEX node_texts IF NOT EXISTS FOR (n:Event|Proposal|Term|Statement|Claim) ON EACH [n.title, n.summary, n.quote, n.text, n.figure, n.unit, n.note];
// searchAll: article headlines. An index of its own, as an article's `text` is its whole body, which node_texts
// would index too (one property list for every label): the body would add about its own size to the index
// (cypher/README.md, "Search"), and its hits would crowd the facts that quote it out of every result.
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
