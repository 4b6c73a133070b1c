export { loadQueryFile, parseQueryFile, queryFileNames } from './queryFile';
export {
  parseParameterType,
  usedParameters,
  QueryFileError,
  type QueryFile,
  type ParameterSpec,
  type ParameterType,
  type ScalarType,
} from '../db';
export { bindParameters, parseParamArgument } from './parameters';
export { toPlain, type PlainValue } from './plainValues';
export { formatTable } from './table';
export { runQueryFile, type PlainRow } from './runQueryFile';
export { cypherCommand, parseCypherArguments, type CypherArguments } from './arguments';
export { connectForResearch } from './connectForResearch';
export { runCypherCommand, type CommandOutput } from './command';
