import type { PlainValue } from './plainValues';

/** How wide a column may grow before its cells are cut (with an ellipsis); --json shows everything. */
export const defaultMaxWidth = 60;

function cell(value: PlainValue): string {
  if (value === null) return '';
  const text =
    Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')
      ? value.map((item) => (item === null ? 'null' : String(item))).join('; ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // A line break inside a cell (a quote, a list of quotes) would break the table's rows.
  return text.replace(/\s+/g, ' ');
}

function clip(text: string, width: number): string {
  const characters = Array.from(text);
  return characters.length <= width ? text : `${characters.slice(0, Math.max(width - 1, 0)).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - Array.from(text).length, 0));
}

/**
 * Lays rows out as a text table: one column per key (in the order of the first row, then any new keys),
 * lists of scalars joined with "; ", maps and nested lists as JSON, long cells cut at `maxWidth`.
 */
export function formatTable(rows: readonly Record<string, PlainValue>[], maxWidth: number = defaultMaxWidth): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const footer = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  if (columns.length === 0) return footer;
  const cells = rows.map((row) => columns.map((column) => clip(cell(row[column] ?? null), maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(Array.from(column).length, ...cells.map((line) => Array.from(line[index] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => pad(value, widths[index] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(columns), widths.map((width) => '-'.repeat(width)).join('-+-'), ...cells.map(line), footer].join('\n');
}
