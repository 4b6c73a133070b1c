import neo4j from 'neo4j-driver';

/** A Cypher string literal: single-quoted, with the characters Cypher would read otherwise escaped. */
function stringLiteral(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must be escaped
  const escaped = text.replace(/[\\'\u0000-\u001f]/g, (char) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/** A map key as Cypher reads it: bare when it is an identifier, else backticked. */
function mapKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}

/**
 * A parameter value as a Cypher literal that evaluates to what the driver sends: driver integers as integers,
 * JavaScript numbers as floats (the driver sends every JavaScript number as a float, so `1` becomes `1.0`; the query
 * files wrap counts in toInteger for that reason), driver dates as date(), maps with backticked keys where needed.
 * Used by `npm run cypher -- --print` and by the statement log (LOG_CYPHER), so both replay exactly what ran.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDate(value)) return `date(${stringLiteral(value.toString())})`;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    // Parameters come from JSON or from the API's own values, so they are finite; Cypher reads 1e21, not 1e+21.
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? `${value}.0` : String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${mapKey(key)}: ${cypherLiteral(item)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`no Cypher literal for a ${typeof value} parameter`);
}

/**
 * One statement as a researcher can replay it: its name, its parameters as a `:param` line, and the statement with
 * EXPLAIN before its first clause (after the file's header comment, which stays to say what it does).
 */
export function explainable(name: string, query: string, params: Record<string, unknown>): string {
  const lines = query.trim().split('\n');
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('//'));
  if (first >= 0) lines[first] = `EXPLAIN ${lines[first] ?? ''}`;
  return [`// ${name}`, `:param ${cypherLiteral(params)}`, ...lines, ''].join('\n');
}
