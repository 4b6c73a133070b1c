import fs from 'node:fs';
import path from 'node:path';
import { queriesDir } from '../db';

/** The value types a query file may declare for a parameter, as Cypher names them. */
export const scalarTypes = ['STRING', 'INTEGER', 'FLOAT', 'BOOLEAN', 'DATE', 'MAP', 'ANY'] as const;
export type ScalarType = (typeof scalarTypes)[number];

/** A declared parameter type: `INTEGER`, `STRING|null`, `LIST<STRING>`, `LIST<STRING>|null`, ... */
export interface ParameterType {
  base: ScalarType;
  list: boolean;
  nullable: boolean;
}

export interface ParameterSpec {
  name: string;
  type: ParameterType;
  /** The type as the header writes it, for messages. */
  typeText: string;
  description: string;
}

/** A query file of cypher/queries: its header, read, and the Cypher it holds. */
export interface QueryFile {
  name: string;
  /** The one-sentence question the file answers. */
  question: string;
  parameters: ParameterSpec[];
  returns: string;
  example: Record<string, unknown>;
  /** The whole file, header included: Cypher ignores the `//` lines. */
  text: string;
}

/** A query file that cannot be found, or whose header does not follow the shape cypher/README.md documents (`line` 0: the file as a whole). */
export class QueryFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.name = 'QueryFileError';
  }
}

const headerLine = /^\/\/ ?(.*)$/;
const parameterLine = /^\s+\$([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s+(\S.*)$/;
const typePattern = /^(?:LIST<([A-Z]+)>|([A-Z]+))(\|null)?$/;

/** Parses `STRING|null`, `LIST<INTEGER>`, ...; null when the text is not a type this project knows. */
export function parseParameterType(text: string): ParameterType | null {
  const match = typePattern.exec(text);
  if (!match) return null;
  const base = (match[1] ?? match[2]) as ScalarType;
  if (!scalarTypes.includes(base)) return null;
  return { base, list: match[1] !== undefined, nullable: match[3] !== undefined };
}

/**
 * Reads the header of a query file:
 * `// <name>: <question>`, `// Parameters:` (or `// Parameters: none`) with one `//   $name  TYPE  description`
 * line each, `// Returns: ...` (continued on further lines until the example), then `// Example: {json}`.
 * Throws QueryFileError naming the line that breaks the shape.
 */
export function parseQueryFile(text: string, name: string, file: string = `${name}.cypher`): QueryFile {
  const lines = text.split(/\r?\n/);
  let at = 0;
  const fail = (reason: string): never => {
    throw new QueryFileError(file, at + 1, reason);
  };
  const comment = (): string | null => {
    const match = headerLine.exec(lines[at] ?? '');
    return match ? (match[1] ?? '') : null;
  };

  const first = comment() ?? fail(`expected the header "// ${name}: <question>", got "${lines[at] ?? ''}"`);
  if (!first.startsWith(`${name}: `)) fail(`expected the header to start with "// ${name}: ", got "// ${first}"`);
  const question = first.slice(name.length + 2).trim();
  at += 1;

  const parametersHeading = comment();
  if (parametersHeading === null || !/^Parameters:\s*(none)?\s*$/.test(parametersHeading)) {
    fail(`expected "// Parameters:", got "${lines[at] ?? ''}"`);
  }
  at += 1;
  const parameters: ParameterSpec[] = [];
  for (let line = comment(); line !== null && !line.startsWith('Returns:'); line = comment()) {
    const match = parameterLine.exec(line) ?? fail(`expected "//   $name  TYPE  description" or "// Returns:", got "// ${line}"`);
    const [, parameterName = '', typeText = '', description = ''] = match;
    const type = parseParameterType(typeText) ?? fail(`$${parameterName}: unknown type "${typeText}" (expected ${scalarTypes.join(', ')}, LIST<...>, with |null when it may be null)`);
    if (parameters.some((parameter) => parameter.name === parameterName)) fail(`$${parameterName} is declared twice`);
    parameters.push({ name: parameterName, type, typeText, description: description.trim() });
    at += 1;
  }

  const returnsLines: string[] = [];
  for (let line = comment(); line !== null && !line.startsWith('Example:'); line = comment()) {
    returnsLines.push(line.replace(/^Returns:/, '').trim());
    at += 1;
  }
  if (returnsLines.length === 0) fail('expected "// Returns: ..." after the parameters');
  const returns = returnsLines.join(' ');

  const exampleLine = comment();
  if (exampleLine === null) fail('expected "// Example: {json}" after "// Returns:"');
  let example: unknown;
  try {
    example = JSON.parse((exampleLine ?? '').slice('Example:'.length));
  } catch (error) {
    fail(`the example is not JSON: ${(error as Error).message}`);
  }
  if (typeof example !== 'object' || example === null || Array.isArray(example)) fail('expected the example to be a JSON object of parameters');
  const exampleParameters = example as Record<string, unknown>;
  const declared = parameters.map((parameter) => parameter.name);
  const missing = declared.filter((parameterName) => !(parameterName in exampleParameters));
  const extra = Object.keys(exampleParameters).filter((parameterName) => !declared.includes(parameterName));
  if (missing.length > 0) fail(`the example does not give ${missing.map((parameterName) => `$${parameterName}`).join(', ')}`);
  if (extra.length > 0) fail(`the example gives ${extra.map((parameterName) => `$${parameterName}`).join(', ')}, which the header does not declare`);
  at += 1;

  const undeclared = usedParameters(lines.slice(at).join('\n')).filter((parameterName) => !declared.includes(parameterName));
  if (undeclared.length > 0) {
    const first = new RegExp(`\\$${undeclared[0]}\\b`);
    at = Math.max(lines.findIndex((line, index) => index >= at && first.test(line)), at);
    fail(`the query uses ${undeclared.map((parameterName) => `$${parameterName}`).join(', ')}, which the header does not declare`);
  }
  const command = administrationCommand(lines.slice(at).join('\n'));
  if (command !== null) {
    fail(`the query runs "${command}", which the researchers' runner refuses: it only reads the graph (administration and LOAD CSV belong in cypher-shell, as the database's owner)`);
  }
  return { name, question, parameters, returns, example: exampleParameters, text };
}

/**
 * Cypher without its comments and string literals, so keywords are found only where they are code. A quoted name
 * keeps its words (`dbms`.killTransaction is still dbms.killTransaction); a keyword inside one is refused too.
 */
function codeOf(cypher: string): string {
  // One pass, so that whichever starts first wins: an apostrophe in a comment opens no string, and // in a string is no comment.
  return cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`([^`]*)`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, quoted?: string) =>
    quoted === undefined ? ' ' : quoted,
  );
}

/**
 * Administration a read-only runner must not pass on: user, role, database and server management, transaction
 * listing and termination (other sessions' work), switching to another database, dbms procedures, and LOAD CSV
 * (which reads files and URLs). Community Neo4j has no roles to forbid these to a researcher, so the runner does.
 */
const administration =
  /(?<!\.)\b(TERMINATE\s+TRANSACTIONS?|SHOW\s+(?:TRANSACTIONS?|USERS?|CURRENT\s+USER|ROLES?|PRIVILEGES|DATABASES?|DEFAULT\s+DATABASE|HOME\s+DATABASE|ALIASES|SERVERS?|SETTINGS?|\w+\s+PRIVILEGES)|(?:CREATE|ALTER|DROP|RENAME|START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+)?(?:USER|ROLE|DATABASE|ALIAS|SERVER|DATABASES)|GRANT|DENY|REVOKE|USE\s+\w|CALL\s+dbms\.\w+|LOAD\s+CSV)/i;

/** The first administration command `cypher` runs, as written (spaces collapsed), or null. */
export function administrationCommand(cypher: string): string | null {
  const match = administration.exec(codeOf(cypher));
  return match ? (match[1] ?? '').replace(/\s+/g, ' ') : null;
}

/** The `$names` a query uses, outside comments and string literals (`$(...)` dynamic labels are not parameters). */
export function usedParameters(cypher: string): string[] {
  const code = codeOf(cypher);
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? ''))].sort();
}

/** The names of the query files in `dir`, sorted. */
export function queryFileNames(dir: string = queriesDir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => path.basename(file, '.cypher'))
    .sort();
}

/**
 * Reads a query file given as a name in cypher/queries (`mediators`), a file name there (`mediators.cypher`), or a
 * path to any .cypher file (relative to `cwd`).
 */
export function loadQueryFile(nameOrPath: string, dir: string = queriesDir, cwd: string = process.cwd()): QueryFile {
  const candidates = [path.resolve(cwd, nameOrPath), path.join(dir, nameOrPath), path.join(dir, `${nameOrPath}.cypher`)];
  const file = candidates.find((candidate) => candidate.endsWith('.cypher') && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (file === undefined) {
    throw new QueryFileError(nameOrPath, 0, `no such query file; the library has: ${queryFileNames(dir).join(', ') || '(none)'}`);
  }
  return parseQueryFile(fs.readFileSync(file, 'utf8'), path.basename(file, '.cypher'), file);
}
