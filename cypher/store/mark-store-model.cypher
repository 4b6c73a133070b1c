// mark-store-model: record which model of the graph this store holds (cypher/README.md, "Store model marker").
// Parameters:
//   $version  INTEGER  the model version the project writes (src/db/storeModel.ts)
// Returns: one row: version - the marker's version.
// Example: {"version": 2}
// One :StoreModel node, outside :Node, so that no query over the graph sees it.
MERGE (m:StoreModel {key: 'store'})
SET m.version = toInteger($version)
RETURN m.version AS version
