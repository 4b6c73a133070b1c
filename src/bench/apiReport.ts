import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from './stats';

/** p50, p95 and p99 of a set of timings (ms), by the rule of stats.ts. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

export function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

/** The mean of timings (ms); NaN for none. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One workload measured at one graph size. */
export interface WorkloadResult {
  workload: string;
  /** Which server variant answered (the look-ahead on or off). */
  variant: string;
  events: number;
  api: Latency;
  hand: Latency;
  /** Statements the API sent per request (the same for every request of a workload; the largest is kept). */
  statements: number;
  /** Whether the first API answer and the hand statement's held the same ids. */
  agrees: boolean;
  /** Mean server time per phase (ms): parse+validate (and cost check), execute (of which database), serialise+HTTP. */
  split: { parseValidate: number; execute: number; database: number; serialiseHttp: number };
  /**
   * The first server's rows only: its own statements, sent alone through the driver in the order it sent them (a
   * request's statement time without the GraphQL layer), and `{ __typename }` over the same HTTP path (the request
   * floor), each measured in the same rounds.
   */
  alone?: Latency;
  floor?: Latency;
  /** Throughput at the bench's connection count: API over HTTP, and the hand statement from as many sessions. */
  throughput?: { apiRps: number; apiP99: number; handRps: number; handP99: number };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * The API's p50 as four parts that add up to it: the hand statement's p50; what the API's own statements, sent alone,
 * take beyond it (their shape); the request floor (`{ __typename }`); and the rest (resolvers, mapping, priming,
 * serialising what the statements return). Differences of p50s, not a p50 of differences: a reading aid, which can
 * come out below zero by noise. '-' for the rows whose statements were not sent alone.
 */
function p50Split(result: WorkloadResult): string {
  if (!result.alone || !result.floor) return '-';
  const parts = [
    result.hand.p50,
    result.alone.p50 - result.hand.p50,
    result.floor.p50,
    result.api.p50 - result.alone.p50 - result.floor.p50,
  ];
  return `${fixed(result.api.p50)} = ${parts.map((part) => fixed(part)).join(' + ')}`;
}

/** The results as rows of cells, with a header: what the terminal table and the markdown table both show. */
export function resultRows(results: readonly WorkloadResult[]): string[][] {
  const header = [
    'workload',
    'API',
    'events',
    'API p50/p95/p99 ms',
    'hand p50/p95/p99 ms',
    'API/hand p50',
    'API/hand p95',
    'statements',
    'same ids',
    'server: parse+validate / execute (db) / serialise+HTTP ms',
    'API p50 = hand + its statements beyond hand + request floor + rest, ms',
    'req/s API vs hand (p99 ms)',
  ];
  const rows = results.map((result) => [
    result.workload,
    result.variant,
    result.events.toLocaleString('en'),
    `${fixed(result.api.p50)} / ${fixed(result.api.p95)} / ${fixed(result.api.p99)}`,
    `${fixed(result.hand.p50)} / ${fixed(result.hand.p95)} / ${fixed(result.hand.p99)}`,
    `${fixed(result.api.p50 / result.hand.p50, 2)}x`,
    `${fixed(result.api.p95 / result.hand.p95, 2)}x`,
    String(result.statements),
    result.agrees ? 'yes' : 'NO',
    `${fixed(result.split.parseValidate, 2)} / ${fixed(result.split.execute)} (${fixed(result.split.database)}) / ${fixed(result.split.serialiseHttp, 2)}`,
    p50Split(result),
    result.throughput
      ? `${fixed(result.throughput.apiRps, 0)} (${fixed(result.throughput.apiP99, 0)}) vs ${fixed(result.throughput.handRps, 0)} (${fixed(result.throughput.handP99, 0)})`
      : '-',
  ]);
  return [header, ...rows];
}

/** Rows as an aligned plain-text table. */
export function textTable(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join(' | ')
        .trimEnd(),
    )
    .join('\n');
}

/** Rows as a GitHub markdown table (pipes in cells escaped). */
export function markdownTable(rows: readonly string[][]): string {
  const line = (row: readonly string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const palette = ['#1b6ca8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#a16207', '#4b5563'];

/**
 * A line plot of p50 latency against graph size (log scales on both axes): per workload a solid line for the API
 * and a dashed one for the hand statement, in the same colour. Self-contained SVG: no scripts, fonts or links.
 */
export function latencySvg(results: readonly WorkloadResult[]): string {
  const width = 1000;
  const height = 520;
  const margin = { left: 70, right: 400, top: 30, bottom: 60 };
  const sizes = [...new Set(results.map((result) => result.events))].sort((a, b) => a - b);
  const values = results.flatMap((result) => [result.api.p50, result.hand.p50]).filter((value) => Number.isFinite(value) && value > 0);
  const low = Math.log10(Math.min(...values, 1) / 1.5);
  const high = Math.log10(Math.max(...values, 1) * 1.5);
  const left = Math.log10(sizes[0] ?? 1);
  const right = Math.log10(sizes[sizes.length - 1] ?? 10);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  // A single size sits in the middle rather than dividing by zero.
  const x = (events: number) => margin.left + (right === left ? plotWidth / 2 : ((Math.log10(events) - left) / (right - left)) * plotWidth);
  const y = (ms: number) => margin.top + plotHeight - ((Math.log10(ms) - low) / (high - low)) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${margin.left + plotWidth}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
    `<text x="${margin.left + plotWidth / 2}" y="${height - 15}" text-anchor="middle">events in the graph (log scale)</text>`,
    `<text transform="translate(18 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">p50 latency, ms (log scale)</text>`,
  ];
  for (const events of sizes) {
    parts.push(
      `<text x="${x(events).toFixed(1)}" y="${margin.top + plotHeight + 18}" text-anchor="middle">${events.toLocaleString('en')}</text>`,
    );
  }
  for (let power = Math.ceil(low); power <= Math.floor(high); power += 1) {
    const ty = y(10 ** power).toFixed(1);
    parts.push(`<line x1="${margin.left - 4}" y1="${ty}" x2="${margin.left + plotWidth}" y2="${ty}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${ty}" text-anchor="end" dominant-baseline="middle">${10 ** power}</text>`);
  }
  // A colour per workload; the first server variant solid, the others dotted, the hand statement dashed.
  const variants = [...new Set(results.map((result) => result.variant))];
  const workloads = [...new Set(results.map((result) => result.workload))];
  workloads.forEach((workload, index) => {
    const colour = palette[index % palette.length] ?? '#000';
    variants.forEach((variant, which) => {
      const mine = results
        .filter((result) => result.workload === workload && result.variant === variant)
        .sort((a, b) => a.events - b.events);
      // The hand statement is the same for every variant: drawn once, with the first.
      const sides =
        which === 0
          ? ([
              ['api', ''],
              ['hand', ' stroke-dasharray="6 4"'],
            ] as const)
          : ([['api', ' stroke-dasharray="1 3"']] as const);
      for (const [side, dash] of sides) {
        const points = mine
          .filter((result) => result[side].p50 > 0)
          .map((result) => `${x(result.events).toFixed(1)},${y(result[side].p50).toFixed(1)}`);
        parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
        for (const point of points) {
          const [px = '', py = ''] = point.split(',');
          parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${colour}"/>`);
        }
      }
    });
    const ly = margin.top + 10 + index * 20;
    parts.push(
      `<line x1="${width - margin.right + 20}" y1="${ly}" x2="${width - margin.right + 40}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${width - margin.right + 46}" y="${ly}" dominant-baseline="middle">${escapeXml(workload)}</text>`);
  });
  const ly = margin.top + 10 + workloads.length * 20 + 10;
  parts.push(`<text x="${width - margin.right + 20}" y="${ly}">solid: GraphQL API over HTTP (${escapeXml(variants[0] ?? '')})</text>`);
  parts.push(`<text x="${width - margin.right + 20}" y="${ly + 16}">dashed: one hand-written statement</text>`);
  if (variants.length > 1)
    parts.push(`<text x="${width - margin.right + 20}" y="${ly + 32}">dotted: ${escapeXml(variants.slice(1).join(', '))}</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** How a report was made: the command that regenerates it and the settings it ran with. */
export interface ReportMeta {
  command: string;
  settings: { runs: number; warmup: number; seconds: number; connections: number };
  /** When it ran (ISO); the machine's load matters as much as the figures. */
  date: string;
  machine: string;
}

/** docs/BENCHMARKS.md: the last run's table, how to regenerate it, and how to read it. */
function benchmarksMarkdown(results: readonly WorkloadResult[], meta: ReportMeta, svgFile: string): string {
  return [
    '# Benchmarks: the GraphQL API end to end',
    '',
    `Written by \`${meta.command}\` on ${meta.date} (${meta.machine}); rerun it to regenerate this file and the plot.`,
    '',
    `Each graph size is a synthetic graph (cypher/bench/generate-*.cypher, kept in .neo4j/bench-api-<events>). Latency: ${meta.settings.runs} rounds after ${meta.settings.warmup} warm-up rounds, one request at a time; each round sends every workload's GraphQL request over HTTP (one kept-alive connection, Node's http client) to the real server (its process run with NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}; npm run bench:api sets production, as a deployment would, which also spares graphql-js its development checks) and then runs its hand-written statement (cypher/bench/hand-*.cypher) through the same driver, so both meet the same caches. "same ids": the first answers of both held the same ids. Statements: counted per request in the request's context. Server split: means of the timing plugin's phases (parse+validate includes the cost check, and is near zero when Apollo's document cache holds the query; database is wall time with a statement running, part of execute; serialise+HTTP is what the request's total leaves over). Throughput: ${meta.settings.connections} connections for ${meta.settings.seconds} s per workload and side (autocannon on loopback for the API; as many concurrent sessions for the hand statement). The split of the API's p50 (the first server's rows): each round also sends \`{ __typename }\` to that server (the request floor: HTTP, Apollo's pipeline and the plugins, no resolver) and the statements that server sent for the workload, recorded from its first request and sent again alone through the driver in the same order; the parts are differences of p50s, so they add up to the API's p50 but each is a reading aid, not a measurement of its own.`,
    '',
    'The machine is shared (2 cores): compare ratios within one run, not figures across runs.',
    '',
    markdownTable(resultRows(results)),
    '',
    `![p50 latency against graph size](${svgFile})`,
    '',
  ].join('\n');
}

/** Writes docs/BENCHMARKS.md and the plot beside it; returns the terminal table. */
export function writeApiReport(
  results: readonly WorkloadResult[],
  options: { command: string; settings: ReportMeta['settings']; docsDir: string },
): { table: string } {
  const svgFile = 'bench-api-latency.svg';
  const meta: ReportMeta = {
    command: options.command,
    settings: options.settings,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  };
  fs.mkdirSync(options.docsDir, { recursive: true });
  fs.writeFileSync(path.join(options.docsDir, svgFile), latencySvg(results));
  fs.writeFileSync(path.join(options.docsDir, 'BENCHMARKS.md'), benchmarksMarkdown(results, meta, svgFile));
  return { table: textTable(resultRows(results)) };
}
