import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/config';
import { QueryLibrary } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { startGraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import type { SeededServer } from '../support/seededServer';
import { testServerConfig } from '../support/seededServer';

/** Test output that is not committed: the dashboard build the tests serve, screenshots, timings. */
const artifactsDir = path.join(projectRoot, 'test-artifacts');
export const dashboardBuildDir = path.join(artifactsDir, 'dashboard');
const screenshotsDir = path.join(artifactsDir, 'screenshots');

export { launchChromium as launchBrowser } from '../../src/bench/chromium';

/** Registers hooks that load the seed and serve the API with the test build of the dashboard on a free port. */
export function seededDashboard(): SeededServer {
  const handle = {} as SeededServer;
  beforeAll(async () => {
    handle.db = testDatabase();
    await loadArticle(handle.db, seedFiles);
    handle.server = await startGraphqlServer(handle.db, QueryLibrary.load(), testServerConfig, { dashboardDir: dashboardBuildDir });
  });
  afterAll(async () => {
    await handle.server?.stop();
    await handle.db?.close();
  });
  return handle;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

/** The page's errors (uncaught exceptions and console errors), which a test expects to stay empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
