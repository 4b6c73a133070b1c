import { main } from '../command';
import { loadConfig } from '../config';
import { cypherCommand, runCypherCommand } from '../research';
import { log } from './log';

// npm runs scripts from the package root; a path to a .cypher file is meant from where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
if (require.main === module) {
  main(cypherCommand, () => runCypherCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }, cwd));
}
