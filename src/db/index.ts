export { Database, type Row, type Params, type Statement, type Transaction } from './database';
export {
  readQueryHeader,
  parameterMismatch,
  parseParameterType,
  usedParameters,
  cypherCode,
  QueryFileError,
  type QueryFile,
  type ParameterSpec,
  type ParameterType,
  type ScalarType,
} from './queryFile';
export { QueryLibrary, queriesDir, cypherDir } from './queryLibrary';
export { applySchema, schemaStatements } from './schema';
export { startLocalNeo4j, buildLauncher, localAuth, localPasswordFile, type LocalNeo4j } from './localNeo4j';
export { connect, type Connection } from './connect';
export { checkStoreModel, storeModelVersion } from './storeModel';
export { superviseDatabase } from './supervisor';
export { openEnd } from './openEnd';
export { cypherLiteral, explainable } from './cypherLiteral';
