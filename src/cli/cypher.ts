import { loadConfig } from '../config';
import { runCypherCommand } from '../research';
import { log } from './log';

/** `npm run cypher -- <file> --param name=value ...`: one query file of the library, printed as a table or JSON. */
void runCypherCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }).then((status) => {
  process.exitCode = status;
});
