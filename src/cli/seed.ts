import { main, type CommandSpec } from '../command';
import { seedFiles } from '../ingest';
import { runLoad } from './load';

export const seedCommand = {
  name: 'seed',
  summary: 'Loads the seed article of seed/ (the local Neo4j unless NEO4J_URI is set), as `npm run load` would.',
  options: {},
  examples: ['npm run seed'],
} as const satisfies CommandSpec;

if (require.main === module) main(seedCommand, () => runLoad(seedFiles));
