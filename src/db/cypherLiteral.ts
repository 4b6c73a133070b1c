/**
 * `value` written as a Cypher literal (maps with backticked keys where needed, strings single-quoted), so a logged
 * statement's parameters can be pasted after `:param` in cypher-shell or the Browser and the statement EXPLAINed.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``}: ${cypherLiteral(inner)}`);
    return `{${entries.join(', ')}}`;
  }
  throw new TypeError(`cypherLiteral: expected a JSON value, got ${typeof value}`);
}

/** One statement as a researcher can replay it: its name, its parameters as `:param` lines, and EXPLAIN before it. */
export function explainable(name: string, query: string, params: Record<string, unknown>): string {
  return [`// ${name}`, `:param ${cypherLiteral(params)}`, `EXPLAIN ${query.trim()}`, ''].join('\n');
}
