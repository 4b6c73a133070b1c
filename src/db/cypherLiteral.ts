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
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, inner]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``}: ${cypherLiteral(inner)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  throw new TypeError(`cypherLiteral: expected a JSON value, got ${typeof value}`);
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
