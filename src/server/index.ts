import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot, type Config } from '../config';
import type { Database, QueryLibrary } from '../db';
import {
  aliasLimit,
  apiQueries,
  costLimitPlugin,
  createContext,
  depthLimit,
  formatError,
  jitGateway,
  resolvers,
  timingPlugin,
  typeDefs,
  type Context,
  type DatabaseUse,
  type RequestTiming,
} from '../graphql';
import { handleGraphql } from './graphqlHttp';
import { applyCors, setSecurityHeaders } from './headers';
import { sendStatic } from './static';

export interface GraphqlServer {
  url: string;
  /** The dashboard's address (the server's root). */
  dashboardUrl: string;
  /** Stops accepting requests and waits for those in flight (Apollo drains the HTTP server). */
  stop(): Promise<void>;
}

/** Where `npm run build` puts the dashboard and the explorer. */
export const defaultDashboardDir = path.join(projectRoot, 'dist', 'dashboard');

export interface ServerOptions {
  /** The built dashboard to serve at `/`; defaults to `npm run build`'s output. */
  dashboardDir?: string;
  /**
   * Called after each GraphQL request with where its time went (the API benchmark); `totalMs` runs from the
   * request's arrival to the last byte written, so what the phases leave over is serialisation and HTTP.
   */
  onTiming?: (timing: RequestTiming & { totalMs: number }) => void;
  /** Writes every statement the API sends, EXPLAIN-ready with its parameters (LOG_CYPHER). */
  logStatement?: (text: string) => void;
  /** False turns off the root resolvers' look-ahead (the API benchmark measures both in one run). */
  lookAhead?: boolean;
  /**
   * Who executes operations once Apollo has validated them: graphql-jit (the default, src/graphql/jitExecutor.ts) or
   * graphql-js (the API benchmark measures both in one run).
   */
  executor?: 'jit' | 'graphql-js';
}

/** A browser opening /graphql gets the explorer; a client asking for JSON (or sending a query) gets the API. */
function wantsExplorer(req: http.IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

function notFound(res: http.ServerResponse, message: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(message);
}

/**
 * Serves the GraphQL API at /graphql, the offline explorer at /graphql for browsers, and the dashboard at /, on
 * the configured host and port (port 0 picks a free one).
 */
export async function startGraphqlServer(
  db: Database,
  queries: QueryLibrary,
  config: Pick<
    Config,
    'http' | 'maxQueryDepth' | 'maxQueryAliases' | 'maxQueryTokens' | 'maxQueryCost' | 'introspection' | 'production' | 'corsOrigins'
  >,
  options: ServerOptions = {},
): Promise<GraphqlServer> {
  // A query file the API needs but the library lacks fails the start, not the first request that needs it.
  for (const name of apiQueries) queries.get(name);
  const dashboardDir = path.resolve(options.dashboardDir ?? defaultDashboardDir);
  const httpServer = http.createServer();
  // Keyed by the request's DatabaseUse: Apollo hands plugins a shallow copy of the context, not the object itself.
  const timings = new WeakMap<DatabaseUse, RequestTiming>();
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const server = new ApolloServer<Context>({
    ...(options.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema) }),
    validationRules: [
      ...(config.maxQueryDepth > 0 ? [depthLimit(config.maxQueryDepth)] : []),
      ...(config.maxQueryAliases > 0 ? [aliasLimit(config.maxQueryAliases)] : []),
    ],
    // The token cap stops the parser itself, so a huge document costs no more than its first tokens.
    ...(config.maxQueryTokens > 0 ? { parseOptions: { maxLexicalTokens: config.maxQueryTokens } } : {}),
    formatError: formatError(config.production),
    includeStacktraceInErrorResponses: !config.production,
    introspection: config.introspection,
    // Apollo's own landing page loads its Sandbox from a CDN; browsers get the bundled explorer instead.
    plugins: [
      costLimitPlugin(config.maxQueryCost),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin by default, and its per-field hook makes Apollo wrap every resolver
      // of the schema; the API sets no cache hints (answers change as articles load), so it pays for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.onTiming ? [timingPlugin((context, timing) => timings.set(context.use, timing))] : []),
    ],
  });
  await server.start();

  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (applyCors(req, res, config.corsOrigins)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql') {
      if (wantsExplorer(req, url)) {
        if (!(await sendStatic(dashboardDir, '/explorer.html', req, res))) notFound(res, 'The explorer is not built: run npm run build.\n');
        return;
      }
      const started = performance.now();
      const context = createContext(db, queries, {
        ...(options.logStatement ? { logStatement: options.logStatement } : {}),
        ...(options.lookAhead === undefined ? {} : { lookAhead: options.lookAhead }),
      });
      await handleGraphql(server, () => Promise.resolve(context), req, res);
      const timing = timings.get(context.use);
      if (options.onTiming && timing) options.onTiming({ ...timing, totalMs: performance.now() - started });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    if (await sendStatic(dashboardDir, url.pathname, req, res)) return;
    notFound(res, url.pathname === '/' ? 'The dashboard is not built: run npm run build.\n' : `No such page: ${url.pathname}\n`);
  };
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      // A failure here is ours (a file read, a stream): the client gets a bare 500, the log gets the reason.
      process.stderr.write(
        `request ${req.method ?? '?'} ${req.url ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ host: config.http.host, port: config.http.port }, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host;
  const root = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`;
  return { url: `${root}/graphql`, dashboardUrl: `${root}/`, stop: () => server.stop() };
}
export { checkListenAddress } from './listenCheck';
