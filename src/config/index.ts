import path from 'node:path';
import { ConfigError } from '../errors';

/** Where the project finds Neo4j: a database someone else runs, or the local one it starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database?: string; connectTimeoutMs: number }
  | { kind: 'local'; port: number; dataDir: string; heap: string; pageCacheMb: number; startTimeoutMs: number };

export interface Config {
  neo4j: Neo4jTarget;
  /** Per-query timeout handed to Neo4j, so a runaway query cannot hold the API. */
  queryTimeoutMs: number;
  http: { host: string; port: number };
  /** Origins other than the API's own whose pages may call it from a browser: none, a list, or any ('*'). */
  corsOrigins: CorsOrigins;
  /** How deep a GraphQL document may nest selections; 0 disables the limit. */
  maxQueryDepth: number;
  /** How many aliased fields one operation may hold (fragments counted where spread); 0 disables the limit. */
  maxQueryAliases: number;
  /** How many lexical tokens a document may have; parsing stops there. 0 disables the limit. */
  maxQueryTokens: number;
  /** The most a request may cost under the query cost model (src/graphql/queryCost.ts); 0 disables the limit. */
  maxQueryCost: number;
  /** Whether the schema answers introspection (the explorer needs it). */
  introspection: boolean;
  production: boolean;
  /** Log every statement the API sends, EXPLAIN-ready with its parameters, on stderr (LOG_CYPHER). */
  logCypher: boolean;
}

/** The repository root: config, seeds and query files are found from here, whatever the working directory. */
export const projectRoot = path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

/** An empty list allows the same origin only, which needs no CORS header at all. */
export type CorsOrigins = '*' | readonly string[];

const uriSchemes = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

function yesNo(env: Env, name: string, fallback: boolean): boolean {
  const given = env[name];
  const raw = given?.trim().toLowerCase();
  if (given === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `expected true or false, got "${given}"`);
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
}

function neo4jTarget(env: Env): Neo4jTarget {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const scheme = uri.split('://')[0] ?? '';
    if (!uri.includes('://') || !uriSchemes.includes(scheme)) {
      throw new ConfigError('NEO4J_URI', `expected a URI with scheme ${uriSchemes.join(', ')}, got "${uri}"`);
    }
    const password = env.NEO4J_PASSWORD;
    if (password === undefined || password === '') {
      throw new ConfigError('NEO4J_PASSWORD', 'must be set when NEO4J_URI is set');
    }
    const database = env.NEO4J_DATABASE?.trim();
    return {
      kind: 'external',
      uri,
      user: text(env, 'NEO4J_USER', 'neo4j'),
      password,
      ...(database ? { database } : {}),
      // A database that starts beside the API (docker-compose, a restarted cluster) may answer a minute later.
      connectTimeoutMs: integer(env, 'NEO4J_CONNECT_TIMEOUT_MS', 120_000, 0, 3_600_000),
    };
  }
  const heap = text(env, 'NEO4J_LOCAL_HEAP', '1g');
  if (!/^\d+[mg]$/i.test(heap)) throw new ConfigError('NEO4J_LOCAL_HEAP', `expected a JVM size such as 512m or 2g, got "${heap}"`);
  return {
    kind: 'local',
    port: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
    dataDir: path.resolve(projectRoot, text(env, 'NEO4J_LOCAL_DIR', '.neo4j/data')),
    heap,
    pageCacheMb: integer(env, 'NEO4J_LOCAL_PAGECACHE_MB', 256, 16, 65536),
    startTimeoutMs: integer(env, 'NEO4J_START_TIMEOUT_MS', 180_000, 1_000, 3_600_000),
  };
}

/** CORS_ORIGINS: unset (same origin only), `*`, or a comma-separated list of origins such as https://a.example:8443. */
function corsOrigins(env: Env): CorsOrigins {
  const raw = env.CORS_ORIGINS?.trim() ?? '';
  if (raw === '') return [];
  if (raw === '*') return '*';
  return raw.split(',').map((item) => {
    const origin = item.trim();
    // A browser sends the origin as scheme://host[:port] with no path; anything else would never match.
    if (!/^https?:\/\/[^/\s:]+(:\d{1,5})?$/.test(origin)) {
      throw new ConfigError('CORS_ORIGINS', `expected *, or origins such as https://example.org:8443 separated by commas, got "${origin}"`);
    }
    return origin.toLowerCase();
  });
}

/** Reads and checks the environment once; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  return {
    neo4j: neo4jTarget(env),
    queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 30_000, 100, 3_600_000),
    http: { host: text(env, 'HOST', '127.0.0.1'), port: integer(env, 'PORT', 4000, 0, 65535) },
    corsOrigins: corsOrigins(env),
    maxQueryDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 12, 0, 100),
    maxQueryAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30, 0, 10_000),
    maxQueryTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2_000, 0, 1_000_000),
    maxQueryCost: integer(env, 'GRAPHQL_MAX_COST', 50_000, 0, 100_000_000),
    introspection: yesNo(env, 'GRAPHQL_INTROSPECTION', true),
    production: env.NODE_ENV === 'production',
    logCypher: yesNo(env, 'LOG_CYPHER', false),
  };
}
