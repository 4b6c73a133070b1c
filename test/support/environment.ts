const targetVariables = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']);

/** `env` without the variables that point at a running Neo4j, so that a child process starts its own local one. */
export function withoutNeo4jTarget(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !targetVariables.has(name)));
}
