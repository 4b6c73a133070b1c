import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { cypherDir } from './queryLibrary';

const schemaFile = path.join(cypherDir, 'schema.cypher');

/** The statements of cypher/schema.cypher, comments dropped, split at the semicolons that end them. */
export function schemaStatements(text: string = fs.readFileSync(schemaFile, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the constraints and indexes, then waits until every index is online so that the first queries
 * are served by them. Idempotent: every statement is IF NOT EXISTS.
 */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await db.schema(statement);
  await db.schema('CALL db.awaitIndexes(300)');
  return statements.length;
}
