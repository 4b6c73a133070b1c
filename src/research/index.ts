export { loadQueryFile, parseQueryFile, queryFileNames } from './queryFile';
export { parseParameterType, usedParameters, QueryFileError } from '../db';
export { bindParameters, parseParamArgument } from './parameters';
export { toPlain, type PlainValue } from './plainValues';
export { formatTable } from './table';
export { runQueryFile, type PlainRow } from './runQueryFile';
export { cypherCommand, parseCypherArguments } from './arguments';
export { connectForResearch } from './connectForResearch';
export { runCypherCommand, type CommandOutput } from './command';
