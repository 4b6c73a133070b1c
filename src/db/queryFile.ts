/**
 * The header every Cypher file of cypher/ starts with (cypher/README.md, "The header every file starts with"): the
 * question it answers, its typed parameters, what it returns and an example. The query library, the gateway's
 * parameter check and the researchers' runner all read it here.
 */
import { UserError } from '../errors';
import { expandIncludes } from './includes';

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

/** A Cypher file of cypher/: its header, read, and the Cypher it holds. */
export interface QueryFile {
  name: string;
  /** The one-sentence question the file answers. */
  question: string;
  parameters: ParameterSpec[];
  returns: string;
  example: Record<string, unknown>;
  /** The whole file, header included (Cypher ignores the `//` lines), its `{{includes}}` expanded: what Neo4j runs. */
  text: string;
}

/**
 * A query file that cannot be found, or whose header does not follow the shape cypher/README.md documents
 * (`line` 0: the file as a whole).
 */
export class QueryFileError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    // Status 2: the file is what the researcher named on the command line.
    super(line > 0 ? `${file}:${line}: ${reason}` : `${file}: ${reason}`, 2);
  }
}

const headerLine = /^\/\/ ?(.*)$/;
const parameterLine = /^\s+\$([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s+(\S.*)$/;
// A long description goes on over lines indented past the parameter's name, with no $name of their own.
const continuationLine = /^\s{3,}[^\s$]/;
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
 * Reads the header of a query file: `// <name>: <question>` (which may go on over further lines), `// Parameters:`
 * (or `// Parameters: none`) with one `//   $name  TYPE  description` line each (a description may go on over
 * further indented lines), `// Returns: ...` (continued on further lines until the example), then
 * `// Example: {json}`. Throws QueryFileError naming the line that breaks the shape.
 */
export function readQueryHeader(text: string, name: string, file = `${name}.cypher`): QueryFile {
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
  const questionLines = [first.slice(name.length + 2).trim()];
  at += 1;
  // A long question goes on over further comment lines, up to the parameters.
  for (let line = comment(); line !== null && !/^(Parameters|Returns|Example):|^\s+\$/.test(line); line = comment()) {
    questionLines.push(line.trim());
    at += 1;
  }
  const question = questionLines.join(' ');

  const parametersHeading = comment();
  if (parametersHeading === null || !/^Parameters:\s*(none)?\s*$/.test(parametersHeading)) {
    fail(`expected "// Parameters:", got "${lines[at] ?? ''}"`);
  }
  at += 1;
  const parameters: ParameterSpec[] = [];
  for (let line = comment(); line !== null && !line.startsWith('Returns:'); line = comment()) {
    const previous = parameters[parameters.length - 1];
    if (previous !== undefined && continuationLine.test(line)) {
      previous.description = `${previous.description} ${line.trim()}`;
      at += 1;
      continue;
    }
    const match = parameterLine.exec(line) ?? fail(`expected "//   $name  TYPE  description" or "// Returns:", got "// ${line}"`);
    const [, parameterName = '', typeText = '', description = ''] = match;
    const type =
      parseParameterType(typeText) ??
      fail(`$${parameterName}: unknown type "${typeText}" (expected ${scalarTypes.join(', ')}, LIST<...>, with |null when it may be null)`);
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
  if (typeof example !== 'object' || example === null || Array.isArray(example))
    fail('expected the example to be a JSON object of parameters');
  const exampleParameters = example as Record<string, unknown>;
  const declared = parameters.map((parameter) => parameter.name);
  const missing = declared.filter((parameterName) => !(parameterName in exampleParameters));
  const extra = Object.keys(exampleParameters).filter((parameterName) => !declared.includes(parameterName));
  if (missing.length > 0) fail(`the example does not give ${missing.map((parameterName) => `$${parameterName}`).join(', ')}`);
  if (extra.length > 0)
    fail(`the example gives ${extra.map((parameterName) => `$${parameterName}`).join(', ')}, which the header does not declare`);
  at += 1;
  const bodyStart = at;

  // The body as Neo4j gets it: the shared rules of cypher/include written out where the file names them.
  const body = expandIncludes(lines.slice(at).join('\n'), fail);
  const undeclared = usedParameters(body).filter((parameterName) => !declared.includes(parameterName));
  const [firstUndeclared] = undeclared;
  if (firstUndeclared !== undefined) {
    const first = new RegExp(`\\$${firstUndeclared}\\b`);
    at = Math.max(
      lines.findIndex((line, index) => index >= at && first.test(line)),
      at,
    );
    fail(`the query uses ${undeclared.map((parameterName) => `$${parameterName}`).join(', ')}, which the header does not declare`);
  }
  return { name, question, parameters, returns, example: exampleParameters, text: [...lines.slice(0, bodyStart), body].join('\n') };
}

/**
 * Cypher without its comments and string literals, so keywords are found only where they are code. A quoted name
 * keeps its words (`dbms`.killTransaction is still dbms.killTransaction); a keyword inside one is refused too.
 */
export function cypherCode(cypher: string): string {
  // One pass, so that whichever starts first wins: an apostrophe in a comment opens no string, and // in a string is no comment.
  return cypher.replace(
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`([^`]*)`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (_match, quoted?: string) => quoted ?? ' ',
  );
}

/** The `$names` a query uses, outside comments and string literals (`$(...)` dynamic labels are not parameters). */
export function usedParameters(cypher: string): string[] {
  const code = cypherCode(cypher);
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? ''))].sort();
}

/**
 * What is wrong with the parameters a caller passes to `file`, against its header: a declared one left out (Neo4j
 * would refuse the statement) or one the header does not declare (Neo4j would ignore it, so a renamed parameter
 * would silently read as null). Null when they match.
 */
export function parameterMismatch(file: Pick<QueryFile, 'name' | 'parameters'>, params: Record<string, unknown>): string | null {
  const declared = file.parameters.map((parameter) => parameter.name);
  const missing = declared.filter((name) => !(name in params));
  const extra = Object.keys(params).filter((name) => !declared.includes(name));
  if (missing.length === 0 && extra.length === 0) return null;
  const names = (list: string[]) => list.map((name) => `$${name}`).join(', ');
  const problems = [
    ...(missing.length > 0 ? [`without ${names(missing)}, which its header declares`] : []),
    ...(extra.length > 0 ? [`with ${names(extra)}, which its header does not declare`] : []),
  ];
  return `${file.name}.cypher called ${problems.join(' and ')}`;
}
