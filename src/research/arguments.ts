import { BadUserInputError } from '../errors';
import { parseParamArgument } from './parameters';
import { defaultMaxWidth } from './table';

/** What `npm run cypher -- ...` was asked to do. */
export interface CypherArguments {
  /** A query name in cypher/queries or a path to a .cypher file; absent with --list. */
  file?: string;
  params: Record<string, unknown>;
  /** Start from the file's `// Example:` parameters; --param values override them. */
  example: boolean;
  json: boolean;
  list: boolean;
  maxWidth: number;
}

export const cypherUsage = `usage: npm run cypher -- <query name or file.cypher> [--param name=value ...] [--example] [--json] [--width N]
       npm run cypher -- --list
  --param name=value  a parameter of the query; the value is read as JSON when it parses (20, null, ["a"], "12"), else as text
  --example           start from the parameters of the file's "// Example:" line
  --json              print the rows as a JSON array instead of a table
  --width N           cut table cells at N characters (default ${defaultMaxWidth})
  --list              list the query files with the question each answers`;

/** The value of a command-line flag that takes a whole number of at least `min`. */
export function wholeNumberArgument(flag: string, text: string | undefined, min: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < min) throw new BadUserInputError(flag, `expected a whole number of at least ${min}, got "${text ?? ''}"`);
  return Number(text);
}

/** Reads the command line of the cypher runner (without `node` and the script). */
export function parseCypherArguments(argv: readonly string[]): CypherArguments {
  const parsed: CypherArguments = { params: {}, example: false, json: false, list: false, maxWidth: defaultMaxWidth };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    switch (argument) {
      case '--param': {
        const value = argv[(index += 1)];
        if (value === undefined) throw new BadUserInputError('--param', 'expected name=value after it');
        const { name, value: parameter } = parseParamArgument(value);
        if (name in parsed.params) throw new BadUserInputError('--param', `$${name} is given twice`);
        parsed.params[name] = parameter;
        break;
      }
      case '--example':
        parsed.example = true;
        break;
      case '--json':
        parsed.json = true;
        break;
      case '--list':
        parsed.list = true;
        break;
      case '--width':
        parsed.maxWidth = wholeNumberArgument('--width', argv[(index += 1)], 1);
        break;
      default:
        if (argument.startsWith('-')) throw new BadUserInputError(argument, `unknown option\n${cypherUsage}`);
        if (parsed.file !== undefined) throw new BadUserInputError(argument, `only one query file at a time (already given: ${parsed.file})`);
        parsed.file = argument;
    }
  }
  if (parsed.file === undefined && !parsed.list) throw new BadUserInputError('file', `name a query file\n${cypherUsage}`);
  return parsed;
}
