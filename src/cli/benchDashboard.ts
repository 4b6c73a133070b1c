import { growSyntheticGraph, median, withScratchDatabase, type GraphSize } from '../bench';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../bench/chromium';
import { timeDashboard, type DashboardTiming } from '../bench/dashboard';
import { loadConfig } from '../config';
import { QueryLibrary } from '../db';
import { loadArticle, seedFiles } from '../ingest';
import { startGraphqlServer } from '../server';
import { log } from './log';

const usage = 'usage: npm run bench:dashboard -- [--events 10000,100000] [--actors 10000] [--runs 3] [--neo4j-port 7741]';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? '');
}

function counts(text: string, name: string): number[] {
  const values = text.split(',').map(Number);
  if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`${name}: expected whole numbers above 0 separated by commas, got "${text}"\n${usage}`);
  return values;
}

/**
 * `npm run bench:dashboard`: the dashboard in Chromium on the synthetic graph of `npm run bench`, grown stage by
 * stage in a scratch Neo4j (the seed alone first): how long the timeline and the network of the 500 heaviest pairs take to show, stages
 * side by side. Needs `npm run build` (the script runs it) and chromium.
 */
async function main(): Promise<void> {
  const stages = counts(option('--events', '10000,100000'), '--events').sort((a, b) => a - b);
  const [actors = 0] = counts(option('--actors', '10000'), '--actors');
  const [runs = 0] = counts(option('--runs', '3'), '--runs');
  const [port = 0] = counts(option('--neo4j-port', '7741'), '--neo4j-port');
  const browser = await launchChromium();
  const results: { events: number; timings: DashboardTiming[] }[] = [];
  try {
    await withScratchDatabase('bench-dashboard', { port, heap: '2g', pageCacheMb: 1024 }, log, async (db) => {
      await loadArticle(db, seedFiles);
      const server = await startGraphqlServer(db, QueryLibrary.load(), { ...loadConfig(), http: { host: '127.0.0.1', port: 0 } });
      try {
        results.push({ events: 0, timings: await timeRuns(browser, server.dashboardUrl, runs) });
        let size: GraphSize = { actors: 0, articles: 0, events: 0 };
        for (const events of stages) {
          const target = { actors, articles: Math.max(1, Math.ceil(events / 10)), events };
          log(`growing the synthetic graph to ${events.toLocaleString('en')} events, ${actors.toLocaleString('en')} organizations`);
          await growSyntheticGraph(db, size, target, log);
          await db.schema('CALL db.awaitIndexes(600)');
          size = target;
          results.push({ events, timings: await timeRuns(browser, server.dashboardUrl, runs) });
        }
      } finally {
        await server.stop();
      }
    });
  } finally {
    await browser.close();
  }
  print(results);
}

/** One visit warms the database's and the browser's caches; the `runs` after it are timed. */
async function timeRuns(browser: Browser, dashboardUrl: string, runs: number): Promise<DashboardTiming[]> {
  await timeDashboard(browser, dashboardUrl, 500);
  const timings: DashboardTiming[] = [];
  for (let run = 0; run < runs; run += 1) timings.push(await timeDashboard(browser, dashboardUrl, 500));
  return timings;
}

function print(results: { events: number; timings: DashboardTiming[] }[]): void {
  const rows: [string, (timings: DashboardTiming[]) => string][] = [
    ['timeline shown, median ms', (t) => String(median(t.map((x) => x.timelineMs)))],
    ['timeline events drawn', (t) => String(t[0]?.timelineEvents ?? '')],
    ['network (500 pairs) shown, median ms', (t) => String(median(t.map((x) => x.networkMs)))],
    ['  of which API answer, median ms', (t) => String(median(t.map((x) => x.networkFetchMs)))],
    ['  of which layout and first frame, median ms', (t) => String(median(t.map((x) => x.networkRenderMs)))],
    ['network pairs drawn', (t) => String(t[0]?.networkEdges ?? '')],
  ];
  const stage = (events: number) => (events === 0 ? 'seed only' : `${events.toLocaleString('en')} events`);
  const header = ['', ...results.map((result) => stage(result.events))];
  const table = [header, ...rows.map(([name, cell]) => [name, ...results.map((result) => cell(result.timings))])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | '));
  for (const result of results) console.log(`${stage(result.events)}: timeline status "${result.timings[0]?.timelineStatus}"`);
}

main().catch((error: unknown) => {
  log(`bench:dashboard failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
