// store-model: which model of the graph wrote this store, for the check every command that writes makes before it writes.
// Parameters: none
// Returns: one row: versions - the version of every :StoreModel marker (normally one, or none in a store written
//          before markers existed), nodes - whether the store holds any :Node, evidence - whether it holds :Evidence
//          records (the many-sources model), unranked - whether any Article lacks the rank the many-sources model gives it.
// Example: {}
// Each part reads an index or the first matching node, never the whole store.
RETURN COLLECT { MATCH (m:StoreModel) RETURN m.version } AS versions,
       EXISTS { MATCH (:Node) } AS nodes,
       EXISTS { MATCH (:Evidence) } AS evidence,
       EXISTS { MATCH (a:Article) WHERE a.rank IS NULL } AS unranked
