import type { Database } from '../db';
import { bindParameters } from './parameters';
import { toPlain, type PlainValue } from './plainValues';
import type { QueryFile } from '../db';

export type PlainRow = Record<string, PlainValue>;

/**
 * Runs a query file read-only with `given` parameters (checked and converted against its header; they travel
 * as Cypher parameters, never as text) and returns its rows as plain JSON values.
 */
export async function runQueryFile(db: Database, file: QueryFile, given: Record<string, unknown>): Promise<PlainRow[]> {
  const rows = await db.read(file, bindParameters(file, given));
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, toPlain(value)])));
}
