import { loadConfig } from '../config';
import { runCypherCommand } from '../research';
import { log } from './log';

/** `npm run cypher -- <file> --param name=value ...`: one query file of the library, printed as a table or JSON. */
// npm runs scripts from the package root; a path to a .cypher file is meant from where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
void runCypherCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }, cwd).then((status) => {
  process.exitCode = status;
});
