import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { Config } from '../config';
import type { Database, QueryLibrary } from '../db';
import { aliasLimit, apiQueries, costLimitPlugin, createContext, depthLimit, formatError, loadTypeDefs, resolvers, type Context } from '../graphql';

export interface GraphqlServer {
  url: string;
  /** Stops accepting requests and waits for those in flight (Apollo drains the HTTP server). */
  stop(): Promise<void>;
}

/** Serves the GraphQL API over HTTP on the configured host and port (port 0 picks a free one). */
export async function startGraphqlServer(
  db: Database,
  queries: QueryLibrary,
  config: Pick<Config, 'http' | 'maxQueryDepth' | 'maxQueryAliases' | 'maxQueryTokens' | 'maxQueryCost' | 'introspection' | 'production'>,
): Promise<GraphqlServer> {
  // A query file the API needs but the library lacks fails the start, not the first request that needs it.
  for (const name of apiQueries) queries.get(name);
  const server = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [
      ...(config.maxQueryDepth > 0 ? [depthLimit(config.maxQueryDepth)] : []),
      ...(config.maxQueryAliases > 0 ? [aliasLimit(config.maxQueryAliases)] : []),
    ],
    // The token cap stops the parser itself, so a huge document costs no more than its first tokens.
    ...(config.maxQueryTokens > 0 ? { parseOptions: { maxTokens: config.maxQueryTokens } } : {}),
    plugins: [costLimitPlugin(config.maxQueryCost)],
    formatError: formatError(config.production),
    includeStacktraceInErrorResponses: !config.production,
    introspection: config.introspection,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { host: config.http.host, port: config.http.port },
    context: async () => createContext(db, queries),
  });
  return { url: `${url.replace(/\/$/, '')}/graphql`, stop: () => server.stop() };
}
export { checkListenAddress } from './listenCheck';
