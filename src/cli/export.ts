import { loadConfig } from '../config';
import { runExportCommand } from '../export';
import { log } from './log';

/** `npm run export -- --format graphml|csv|json [--entity id --depth N] [--out path]`: the graph for Gephi, Cytoscape or neo4j-admin. */
// npm runs scripts from the package root; --out is meant from where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
void runExportCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }, cwd).then((status) => {
  process.exitCode = status;
});
