export { Database, type Row, type Params, type Transaction } from './database';
export { QueryLibrary, queriesDir, cypherDir } from './queryLibrary';
export { applySchema, schemaStatements } from './schema';
export { startLocalNeo4j, buildLauncher, localAuth, localPasswordFile, type LocalNeo4j, type LocalAuth } from './localNeo4j';
export { connect, type Connection } from './connect';
export { superviseDatabase } from './supervisor';
