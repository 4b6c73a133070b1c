export { loadTypeDefs } from './typeDefs';
export { resolvers } from './resolvers';
export { createContext, type Context, type DatabaseUse } from './context';
export { timingPlugin, type RequestTiming } from './timingPlugin';
export { depthLimit } from './depthLimit';
export { aliasLimit } from './aliasLimit';
export { costLimitPlugin } from './queryCost';
export { formatError } from './formatError';
export { apiQueries } from './queryNames';
