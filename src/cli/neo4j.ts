import { main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import { applySchema, connect } from '../db';
import { log } from './log';
import { onShutdown } from './shutdown';

export const neo4jCommand = {
  name: 'neo4j',
  summary: [
    'Runs the local Neo4j alone (NEO4J_LOCAL_PORT, store in NEO4J_LOCAL_DIR), with the schema applied, until Ctrl-C: for',
    'cypher-shell, Neo4j Browser, or the commands, which use it when it runs.',
  ].join('\n'),
  options: {},
  examples: ['NEO4J_LOCAL_PORT=7690 npm run neo4j'],
} as const satisfies CommandSpec;

async function serve(): Promise<void> {
  const connection = await connect(loadConfig(), log);
  onShutdown(() => connection.close());
  await applySchema(connection.db);
  log(`Neo4j ready at ${connection.uri}; Ctrl-C stops it`);
}

if (require.main === module) main(neo4jCommand, serve);
