import { loadConfig } from '../config';
import { runExportCommand } from '../export';
import { log } from './log';

/** `npm run export -- --format graphml|csv|json [--entity id --depth N] [--out path]`: the graph for Gephi, Cytoscape or neo4j-admin. */
void runExportCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }).then((status) => {
  process.exitCode = status;
});
