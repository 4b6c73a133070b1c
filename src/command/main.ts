import path from 'node:path';
import { asksForHelp, helpText, parseCommandLine, type CommandSpec, type OptionSpec, type OptionValues } from './commandLine';
import { reportFailure } from './failure';

/**
 * The entry point of every command: parses the command line (printing the help for `--help`), runs the command,
 * and exits with the status it returns, or with the one failure policy (`reportFailure`) when it throws.
 * A command that keeps serving (npm start) resolves once it is up; a failure exits at once, whatever still holds
 * the event loop (a driver, a half-started server).
 */
export function main<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  // A command returns its exit status, or nothing for 0.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  run: (values: OptionValues<O>, positionals: string[]) => Promise<number | void>,
  argv: readonly string[] = process.argv.slice(2),
): void {
  // The last words of a failed command: on stderr as they are, without the timestamp of progress lines.
  const fail = (error: unknown) => process.exit(reportFailure(spec, error, (text) => process.stderr.write(`${text}\n`)));
  if (asksForHelp(argv)) {
    process.stdout.write(helpText(spec));
    return;
  }
  let line;
  try {
    line = parseCommandLine(spec, argv);
  } catch (error) {
    fail(error);
    return;
  }
  run(line.values, line.positionals).then((status) => {
    if (status) process.exitCode = status;
  }, fail);
}

/** A path as the user typed it: npm runs scripts from the package root, the user meant it from where they were. */
export function fromWhereTyped(arg: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
}
