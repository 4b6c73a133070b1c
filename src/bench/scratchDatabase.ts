import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { applySchema, Database, startLocalNeo4j } from '../db';

export interface BenchNeo4jOptions {
  port: number;
  heap: string;
  pageCacheMb: number;
}

/**
 * Runs `work` on a benchmark Neo4j of its own, started on the store in `dataDir` (schema applied) and stopped
 * afterwards, so a benchmark never touches the development or test databases.
 */
export async function withBenchDatabase<T>(
  dataDir: string,
  options: BenchNeo4jOptions,
  log: (line: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const neo4j = await startLocalNeo4j({ ...options, dataDir, startTimeoutMs: 180_000, log });
  const db = Database.connect(neo4j.uri, neo4j.auth, { queryTimeoutMs: 600_000, application: 'diplomacy-graph-bench' });
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/**
 * Runs `work` on a scratch store .neo4j/<name>, emptied before and removed after, so every run starts from the same
 * state.
 */
export async function withScratchDatabase<T>(
  name: string,
  options: BenchNeo4jOptions,
  log: (line: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const dataDir = path.join(projectRoot, '.neo4j', name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    return await withBenchDatabase(dataDir, options, log, work);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
