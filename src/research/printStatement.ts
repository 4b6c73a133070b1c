import neo4j from 'neo4j-driver';
import type { Params, QueryFile } from '../db';

/** A Cypher string literal: single-quoted, with the characters Cypher would read otherwise escaped. */
function stringLiteral(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must be escaped
  const escaped = text.replace(/[\\'\u0000-\u001f]/g, (char) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/**
 * A bound parameter value as a Cypher literal that evaluates to what the runner sends: driver integers as
 * integers, JavaScript numbers as floats (as the driver sends them, so `1` becomes `1.0`), driver dates as date().
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDate(value)) return `date(${stringLiteral(value.toString())})`;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    // The runner's parameters come from JSON, so they are finite; Cypher reads 1e21, not 1e+21.
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? `${value}.0` : String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `\`${key.replace(/`/g, '``')}\`: ${cypherLiteral(item)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`no Cypher literal for a ${typeof value} parameter`);
}

/**
 * The statement the runner would send for `file` with the bound `params`, as text to paste into cypher-shell or
 * Neo4j Browser: one `:param name => literal` line per parameter, a blank line, then the file with its
 * `{{includes}}` expanded, and a semicolon on a line of its own (a closing `//` comment cannot swallow it).
 */
export function printedStatement(file: QueryFile, params: Params): string {
  const lines = Object.entries(params).map(([name, value]) => `:param ${name} => ${cypherLiteral(value)}`);
  return `${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${file.text.trimEnd()}\n;\n`;
}
