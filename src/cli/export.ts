import { main } from '../command';
import { loadConfig } from '../config';
import { exportCommand, runExportCommand } from '../export';
import { log } from './log';

// npm runs scripts from the package root; --out is meant from where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
if (require.main === module) {
  main(exportCommand, () => runExportCommand(process.argv.slice(2), loadConfig, { out: (text) => process.stdout.write(text), log }, cwd));
}
