import { seedFiles } from '../ingest';
import { runCli, runLoad } from './load';

/** `npm run seed`: loads the seed article of seed/ (the local Neo4j unless NEO4J_URI is set). */
runCli(() => runLoad(seedFiles));
