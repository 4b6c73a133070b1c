import path from 'node:path';
import { buildDashboard } from '../../src/dashboard';
import startTestNeo4j from '../support/globalSetup';
import { dashboardBuildDir } from './browser';

/** The integration tests' Neo4j, plus one build of the dashboard that every browser test file serves. */
export default async function globalSetup(): Promise<void> {
  await startTestNeo4j();
  await buildDashboard(dashboardBuildDir);
  process.stderr.write(`[browser tests] dashboard built in ${path.relative(process.cwd(), dashboardBuildDir)}\n`);
}
