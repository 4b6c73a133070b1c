import { growSyntheticGraph, median, withScratchDatabase, type GraphSize } from '../bench';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../bench/chromium';
import { timeDashboard, type DashboardTiming } from '../bench/dashboard';
import { main, wholeNumber, wholeNumbers, type CommandSpec, type OptionValues } from '../command';
import { loadConfig } from '../config';
import { QueryLibrary } from '../db';
import { loadArticle, seedFiles } from '../ingest';
import { startGraphqlServer } from '../server';
import { log } from './log';

export const benchDashboardCommand = {
  name: 'bench:dashboard',
  summary: [
    'The dashboard in Chromium on the synthetic graph of npm run bench, grown stage by stage in a scratch Neo4j (the seed',
    'alone first): how long the timeline and the network take to show, stages side by side. Needs chromium.',
  ].join('\n'),
  options: {
    events: { type: 'string', value: 'N,N,...', description: 'the stages, in events (default 10000,100000)' },
    actors: { type: 'string', value: 'N', description: 'organizations in the synthetic graph (default 10000)' },
    runs: { type: 'string', value: 'N', description: 'timed page loads per stage (default 3)' },
    'neo4j-port': { type: 'string', value: 'N', description: "the scratch Neo4j's Bolt port (default 7741)" },
  },
  examples: ['npm run bench:dashboard -- --events 10000 --runs 2'],
} as const satisfies CommandSpec;

/**
 * `npm run bench:dashboard`: the dashboard in Chromium on the synthetic graph of `npm run bench`, grown stage by
 * stage in a scratch Neo4j (the seed alone first): how long the timeline and the network of the 500 heaviest pairs take to show, stages
 * side by side. Needs `npm run build` (the script runs it) and chromium.
 */
async function measure({
  events = '10000,100000',
  actors: actorsText = '10000',
  runs: runsText = '3',
  'neo4j-port': portText = '7741',
}: OptionValues<typeof benchDashboardCommand.options>): Promise<void> {
  const stages = wholeNumbers('--events', events).sort((a, b) => a - b);
  const actors = wholeNumber('--actors', actorsText, 1);
  const runs = wholeNumber('--runs', runsText, 1);
  const port = wholeNumber('--neo4j-port', portText, 1);
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
  for (const result of results)
    console.log(`${stage(result.events)}: timeline status "${result.timings[0]?.timelineStatus ?? 'not measured'}"`);
}

if (require.main === module) main(benchDashboardCommand, measure);
