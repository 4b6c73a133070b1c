export { loadTypeDefs } from './typeDefs';
export { resolvers } from './resolvers';
export { createContext, type Context } from './context';
export { depthLimit } from './depthLimit';
export { formatError } from './formatError';
export { apiQueries, type QueryName } from './queryNames';
