import { cypherLiteral, type Params, type QueryFile } from '../db';

/**
 * The statement the runner would send for `file` with the bound `params`, as text to paste into cypher-shell or
 * Neo4j Browser: one `:param name => literal` line per parameter, a blank line, then the file with its
 * `{{includes}}` expanded, and a semicolon on a line of its own (a closing `//` comment cannot swallow it).
 */
export function printedStatement(file: QueryFile, params: Params): string {
  const lines = Object.entries(params).map(([name, value]) => `:param ${name} => ${cypherLiteral(value)}`);
  return `${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${file.text.trimEnd()}\n;\n`;
}
