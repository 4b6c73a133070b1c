import { parseArgs } from 'node:util';
import { UsageError } from '../errors';

/** One option of a command: `--name` (and `-x` when `short` is given). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; the values come as a list in the order given. */
  multiple?: boolean;
  /** What the value looks like in the help: `N`, `FILE`, `name=value`. */
  value?: string;
  description: string;
}

/** What a command takes and says about itself; `--help` prints it, and failures are reported under `name`. */
export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** The npm script: `load` is run as `npm run load -- ...` (`start` as `npm start`). */
  name: string;
  /** What it does, in a sentence or two. */
  summary: string;
  /** The positional arguments as the usage line writes them (`<article.txt> <annotations.json>`), and how many. */
  positionals?: { usage: string; min: number; max: number };
  options: O;
  /** At least one command line that works on the seed, as a user types it. */
  examples: readonly [string, ...string[]];
  /** More lines for the help: what else it reads (environment) or writes. */
  notes?: string;
}

type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;

/** The options as parsed: a flag left out is undefined. */
export type OptionValues<O extends Record<string, OptionSpec>> = { [K in keyof O]?: OptionValue<O[K]> };

/** A parsed command line: the options and the positional arguments. */
export interface CommandLine<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
}

/** `-h` or `--help` anywhere asks for the help, whatever else the command line holds. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** How the command is typed: `npm start`, `npm run load --`. */
function invocation(spec: CommandSpec): string {
  return spec.name === 'start' ? 'npm start' : `npm run ${spec.name} --`;
}

/** The first line of the help, also printed with a usage error. */
export function usageLine(spec: CommandSpec): string {
  const options = Object.keys(spec.options).length > 0 ? ' [options]' : '';
  return `usage: ${invocation(spec)}${spec.positionals ? ` ${spec.positionals.usage}` : ''}${options}`;
}

/** The whole `--help`: usage, what it does, every option, an example, and what the exit status means. */
export function helpText(spec: CommandSpec): string {
  const flags = Object.entries(spec.options).map(([name, option]) => ({
    flag: `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`,
    text: `${option.description}${option.multiple ? ' (may be repeated)' : ''}`,
  }));
  const help = { flag: '-h, --help', text: 'print this help' };
  const width = Math.max(24, ...flags.map(({ flag }) => flag.length));
  const optionLines = [...flags, help].map(({ flag, text }) => `  ${flag.padEnd(width)} ${text}`);
  return [
    usageLine(spec),
    '',
    spec.summary,
    '',
    'options:',
    ...optionLines,
    '',
    spec.examples.length === 1 ? 'example:' : 'examples:',
    ...spec.examples.map((example) => `  ${example}`),
    ...(spec.notes ? ['', spec.notes] : []),
    '',
    'exit status: 0 done; 1 it could not be done (a refused file, the configuration, the database, a bug); 2 the command line is wrong',
    '',
  ].join('\n');
}

/** parseArgs's own messages, rephrased to name the option first, as every other message of the commands does. */
function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message;
  const option = /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`${option}: unknown option`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take an argument')) return new UsageError(`${option}: takes no value`);
      // parseArgs will not take the next option as the value: one that really starts with - is written --name=-...
      return new UsageError(
        `${option}: expected a value after it${message.includes('ambiguous') ? ` (a value that starts with - goes as ${option}=-...)` : ''}`,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}: this command takes none`);
    default:
      throw error;
  }
}

/**
 * Parses `argv` (without `node` and the script) against `spec` with node:util's parseArgs. Throws UsageError
 * naming the option or argument that is wrong. Check `asksForHelp` first.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): CommandLine<O> {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { positionals } = parsed;
  if (spec.positionals) {
    const { usage, min, max } = spec.positionals;
    if (positionals.length < min)
      throw new UsageError(
        `expected ${usage}, got ${positionals.length === 0 ? 'nothing' : positionals.map((arg) => `"${arg}"`).join(' ')}`,
      );
    const [unexpected] = positionals.slice(max);
    if (unexpected !== undefined) throw new UsageError(`unexpected argument "${unexpected}": expected ${usage}`);
  }
  return { values: parsed.values as OptionValues<O>, positionals };
}

/** The value of an option that takes a whole number of at least `min`. */
export function wholeNumber(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag}: expected a whole number of at least ${min}, got "${text}"`);
  return Number(text);
}

/** The value of an option that takes whole numbers above 0 separated by commas (`10000,100000`). */
export function wholeNumbers(flag: string, text: string): number[] {
  const values = text.split(',');
  if (values.some((value) => !/^\d+$/.test(value) || Number(value) < 1))
    throw new UsageError(`${flag}: expected whole numbers above 0 separated by commas, got "${text}"`);
  return values.map(Number);
}
