import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { applySchema, Database, startLocalNeo4j } from '../db';

/**
 * Runs `work` on a Neo4j of its own (store .neo4j/<name>, emptied before and removed after, schema applied), so a
 * benchmark never touches the development or test databases and always starts from the same state.
 */
export async function withScratchDatabase<T>(
  name: string,
  options: { port: number; heap: string; pageCacheMb: number },
  log: (line: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const dataDir = path.join(projectRoot, '.neo4j', name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ ...options, dataDir, startTimeoutMs: 180_000, log });
  const db = Database.connect(neo4j.uri, neo4j.auth, { queryTimeoutMs: 600_000 });
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
