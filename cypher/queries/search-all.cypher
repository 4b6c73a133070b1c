// search-all: which entities, events, proposals, terms, statements, claims and articles match these words, and in which field?
// Parameters:
//   $query  STRING        a Lucene query over the entity_names, node_texts and article_titles full-text indexes (the API escapes the words it is given)
//   $words  LIST<STRING>  the same words, lower-cased: a hit's field is the first of its fields that contains one of them
//   $types  LIST<STRING>  only nodes with one of these labels (Person, Organization, Place, Event, Proposal, Term, Statement, Claim, Article)
//   $limit  INTEGER       at most this many rows
// Returns: one row per node, best match first: id - the node id, score - the full-text relevance, field - the field the words
//          were found in (name, aliases, title, summary, quote, text, figure, unit, note; null when only a word's stem matched), node - its properties and labels
// Example: {"query": "(ceasefire OR ceasefire*)", "words": ["ceasefire"], "types": ["Event", "Proposal"], "limit": 10}
// Each index gives its best $limit hits of the kinds asked for. An index all of whose kinds are asked for lets Lucene
// stop at $limit; one that also holds kinds not asked for streams its hits in score order and the first $limit of the
// asked kinds are kept, since a limit inside Lucene would cut before the filter (terms outscored by events would
// never show). The kinds of each index are those cypher/schema.cypher gives it.
UNWIND [['entity_names', ['Person', 'Organization', 'Place']],
        ['node_texts', ['Event', 'Proposal', 'Term', 'Statement', 'Claim']],
        ['article_titles', ['Article']]] AS searched
WITH searched[0] AS indexName, searched[1] AS kinds
WHERE any(kind IN kinds WHERE kind IN $types)
CALL (indexName, kinds) {
  CALL db.index.fulltext.queryNodes(indexName, $query, CASE WHEN all(kind IN kinds WHERE kind IN $types) THEN {limit: toInteger($limit)} ELSE {} END)
    YIELD node, score
  WITH node, score WHERE any(label IN labels(node) WHERE label IN $types)
  RETURN node, score LIMIT toInteger($limit)
}
// An article's text is its whole body, which no index searched (article_titles holds its title only) and no answer carries.
WITH node, score, CASE WHEN node:Article THEN null ELSE node.text END AS text
WITH node, score, text,
     [candidate IN [['name', node.name], ['aliases', reduce(all = '', alias IN coalesce(node.aliases, []) | all + ' ' + alias)],
                    ['title', node.title], ['summary', node.summary], ['quote', node.quote], ['text', text],
                    ['figure', node.figure], ['unit', node.unit], ['note', node.note]]
      WHERE candidate[1] IS NOT NULL AND any(word IN $words WHERE toLower(toString(candidate[1])) CONTAINS word) | candidate[0]][0] AS field
RETURN node.id AS id, score, field, node {.*, text: text, labels: labels(node)} AS node
ORDER BY score DESC, id
LIMIT toInteger($limit)
