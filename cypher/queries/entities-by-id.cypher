// entities-by-id: which nodes carry these ids, and what do they hold?
// Parameters:
//   $ids  LIST<STRING>  node ids of any type (entity, event, proposal, term, statement, claim, article)
// Returns: one row per id found: id - the node id, node - its properties and labels (an article's text left out)
// Example: {"ids": ["person:adam-boehler", "org:hamas", "event:us-hamas-direct-talks", "article:us-hamas-direct-talks"]}
UNWIND $ids AS id
MATCH (n:Node {id: id})
// The article text can be long and every evidence quote already carries its own words; a term keeps its text (what it
// says), which is no article text.
RETURN id, n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END, labels: labels(n)} AS node
