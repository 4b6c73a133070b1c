import { parseCommandLine, wholeNumber, type CommandSpec } from '../command';
import { UsageError } from '../errors';
import { parseParamArgument } from './parameters';
import { defaultMaxWidth } from './table';

/** What `npm run cypher -- ...` was asked to do. */
export interface CypherArguments {
  /** A query name in cypher/queries or a path to a .cypher file; absent with --list or -e. */
  file?: string;
  /** Cypher given on the command line (-e) instead of a file. */
  inline?: string;
  params: Record<string, unknown>;
  /** Start from the file's `// Example:` parameters; --param values override them. */
  example: boolean;
  json: boolean;
  list: boolean;
  /** Print the statement as sent (includes expanded) and its parameters as `:param` lines; do not run it. */
  print: boolean;
  maxWidth: number;
}

export const cypherCommand = {
  name: 'cypher',
  summary: [
    'Runs one query file of cypher/queries (or any .cypher file with the same header), or Cypher given with -e, read-only',
    'against the graph (NEO4J_URI, else the local Neo4j, started for the command when none runs), and prints a table or JSON.',
  ].join('\n'),
  positionals: { usage: '<query name or file.cypher>', min: 0, max: 1 },
  options: {
    execute: {
      type: 'string',
      short: 'e',
      value: '"MATCH ..."',
      description: 'run this Cypher instead of a file; its $parameters come from --param and --params',
    },
    param: {
      type: 'string',
      multiple: true,
      value: 'name=value',
      description: 'a parameter; the value is read as JSON when it parses (20, null, ["a"], "12"), else as text',
    },
    params: { type: 'string', value: 'JSON', description: 'parameters as one JSON object, e.g. \'{"id": "org:qatar", "limit": 5}\'' },
    example: { type: 'boolean', description: 'start from the parameters of the file\'s "// Example:" line' },
    json: { type: 'boolean', description: 'print the rows as a JSON array instead of a table' },
    width: { type: 'string', value: 'N', description: `cut table cells at N characters (default ${defaultMaxWidth})` },
    list: { type: 'boolean', description: 'list the query files with the question each answers' },
    print: {
      type: 'boolean',
      description: 'print the statement as sent (includes expanded) and :param lines for cypher-shell or Neo4j Browser; run nothing',
    },
  },
  examples: [
    'npm run cypher -- mediators --example',
    'npm run cypher -- facts-for-entity --param id=person:adam-boehler --param limit=50 --json',
    'npm run cypher -- negotiations --example --print',
    "npm run cypher -- -e 'MATCH (e:Event {id: $id}) RETURN e.title AS title' --param id=event:us-hamas-direct-talks",
  ],
} as const satisfies CommandSpec;

/** `--params` and every `--param`, as one object; a name given twice is refused. */
function parameters(json: string | undefined, pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      throw new UsageError(`--params: expected a JSON object, got ${JSON.stringify(json)} (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new UsageError(`--params: expected a JSON object, got ${json}`);
    Object.assign(params, parsed);
  }
  for (const pair of pairs) {
    const { name, value } = parseParamArgument(pair);
    if (name in params) throw new UsageError(`--param: $${name} is given twice`);
    params[name] = value;
  }
  return params;
}

/** Reads the command line of the cypher runner (without `node` and the script). */
export function parseCypherArguments(argv: readonly string[]): CypherArguments {
  const { values, positionals } = parseCommandLine(cypherCommand, argv);
  const [file] = positionals;
  const inline = values.execute;
  const list = values.list ?? false;
  if (inline !== undefined && file !== undefined)
    throw new UsageError(`-e: runs the Cypher it is given, so a query file ("${file}") cannot come with it`);
  if (inline !== undefined && values.example)
    throw new UsageError('--example: Cypher given with -e has no example; give its parameters with --param');
  if (file === undefined && inline === undefined && !list)
    throw new UsageError('file: name a query file, or give Cypher with -e "MATCH ..."');
  return {
    ...(file === undefined ? {} : { file }),
    ...(inline === undefined ? {} : { inline }),
    params: parameters(values.params, values.param ?? []),
    example: values.example ?? false,
    json: values.json ?? false,
    list,
    print: values.print ?? false,
    maxWidth: values.width === undefined ? defaultMaxWidth : wholeNumber('--width', values.width, 1),
  };
}
