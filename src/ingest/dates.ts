import type { Problem } from './issues';
import type { FuzzyDate } from './types';

/**
 * A date as an interval of days, both ends inclusive, as YYYY-MM-DD (which sorts as text). An end is null
 * when nothing bounds it: "recent" with no publication date has no latest day.
 */
export interface Interval {
  earliest: string | null;
  latest: string | null;
}

/** The interval a date states itself (a day, month, year or range): both ends are known. */
interface StatedInterval {
  earliest: string;
  latest: string;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const shapes = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar span of a date written at a precision: a day is itself, a month runs from its first to its
 * last day, a year from January 1 to December 31. Returns the reason when the value is not a real date of
 * that precision (2023-02-30, 2023-13, a year where a day is due).
 */
export function calendarSpan(value: string, precision: keyof typeof shapes): StatedInterval | string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  const parts = match ? [match[1], match[2], match[3]].filter((part) => part !== undefined).length : 0;
  if (!match || parts !== { year: 1, month: 2, day: 3 }[precision]) {
    return `expected ${shapes[precision]} for precision ${precision}, got ${JSON.stringify(value)}`;
  }
  // The precision has just been matched to the parts given, so none that it reads is missing.
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const year = Number(yearText);
  if (precision === 'year') return { earliest: `${yearText}-01-01`, latest: `${yearText}-12-31` };
  const month = Number(monthText);
  const monthName = monthNames[month - 1];
  if (monthName === undefined) return `expected a calendar date, got ${JSON.stringify(value)} (there is no month ${monthText})`;
  const last = daysIn(year, month);
  if (precision === 'month') return { earliest: `${yearText}-${monthText}-01`, latest: `${yearText}-${monthText}-${pad(last)}` };
  const day = Number(dayText);
  if (day < 1 || day > last) {
    return `expected a calendar date, got ${JSON.stringify(value)} (${monthName} ${year} has ${last} days)`;
  }
  return { earliest: value, latest: value };
}

/** A node's date as the interval step sees it: `entry` names the node in messages. */
export interface DatedNode {
  id: string;
  entry: string;
  date: FuzzyDate;
}

/** One end of an interval and what set it, for messages. */
interface Bound {
  day: string;
  because: string;
}

/** The interval a date states by itself, or its problems; `undefined` for precision unknown (derived later). */
function ownInterval(date: FuzzyDate): { interval?: StatedInterval; problems: string[] } {
  const problems: string[] = [];
  const unused = (field: 'value' | 'earliest' | 'latest', why: string) => {
    if (date[field] !== undefined) problems.push(`date.${field}: not used with precision ${date.precision} (${why})`);
  };
  switch (date.precision) {
    case 'day':
    case 'month':
    case 'year': {
      unused('earliest', 'the interval comes from value');
      unused('latest', 'the interval comes from value');
      if (date.value === undefined) return { problems: [...problems, `date.value: required for precision ${date.precision}, but missing`] };
      const span = calendarSpan(date.value, date.precision);
      if (typeof span === 'string') return { problems: [...problems, `date.value: ${span}`] };
      return problems.length > 0 ? { problems } : { interval: span, problems };
    }
    case 'range': {
      unused('value', 'give earliest and latest');
      const ends = (['earliest', 'latest'] as const).map((field) => {
        const value = date[field];
        if (value === undefined) return `date.${field}: required for precision range, but missing`;
        const span = calendarSpan(value, 'day');
        return typeof span === 'string' ? `date.${field}: ${span}` : value;
      });
      const [earliest, latest] = ends as [string, string];
      for (const end of ends) if (end.startsWith('date.')) problems.push(end);
      if (problems.length > 0) return { problems };
      if (earliest > latest) return { problems: [`date: earliest ${earliest} is later than latest ${latest}`] };
      return { interval: { earliest, latest }, problems };
    }
    case 'unknown': {
      const why = "the interval comes from after, before and the article's publication date";
      unused('value', why);
      unused('earliest', why);
      unused('latest', why);
      return { problems };
    }
    default: {
      const never: never = date.precision;
      throw new Error(`unhandled date precision ${String(never)}`);
    }
  }
}

/**
 * Gives every dated node its interval. day/month/year/range dates state theirs; an unknown date takes its
 * earliest from the latest `earliest` of the nodes it comes `after`, and its latest from the earliest
 * `latest` of the nodes it comes `before` and the article's publication date. Nodes are computed in
 * dependency order, so "after the talks" sees the talks' own derived interval; a cycle is an error, and so
 * is an interval that comes out empty (a stated date that contradicts its after/before is one too).
 * `external` holds the intervals of nodes other articles declare (the file's references), as the graph has
 * them when the file is loaded. References to ids that are not dated nodes are left to the reference check.
 */
export function deriveIntervals(
  nodes: readonly DatedNode[],
  published: string | null,
  external: ReadonlyMap<string, Interval> = new Map(),
): { intervals: Map<string, Interval>; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const own = new Map<string, StatedInterval | undefined>();
  const failed = new Set<string>();
  for (const node of nodes) {
    const result = ownInterval(node.date);
    for (const reason of result.problems) problems.push({ entry: node.entry, reason });
    if (result.problems.length > 0) failed.add(node.id);
    else own.set(node.id, result.interval);
  }

  const dependencies = (node: DatedNode) => [...(node.date.after ?? []), ...(node.date.before ?? [])].flatMap((id) => byId.get(id) ?? []);

  // Depth-first, dependencies before dependents; `path` is the chain being visited, to name a cycle.
  const order: DatedNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: DatedNode) => {
    if (state.get(node.id) === 'done') return;
    state.set(node.id, 'visiting');
    path.push(node.id);
    for (const dependency of dependencies(node)) {
      const id = dependency.id;
      if (state.get(id) === 'visiting') {
        const cycle = [...path.slice(path.indexOf(id)), id];
        // The first of the cycle in file order; `node` closes the cycle, so it is one of them.
        const first = nodes.find((candidate) => cycle.includes(candidate.id)) ?? node;
        problems.push({ entry: first.entry, reason: `date: after/before form a cycle: ${cycle.join(' -> ')}` });
        for (const member of cycle) failed.add(member);
      } else {
        visit(dependency);
      }
    }
    path.pop();
    state.set(node.id, 'done');
    order.push(node);
  };
  for (const node of nodes) visit(node);

  const intervals = new Map<string, Interval>();
  for (const node of order) {
    if (failed.has(node.id) || dependencies(node).some((dependency) => !intervals.has(dependency.id))) continue;
    const lower: Bound[] = [];
    const upper: Bound[] = [];
    for (const id of node.date.after ?? []) {
      const day = (intervals.get(id) ?? external.get(id))?.earliest;
      if (day) lower.push({ day, because: `coming after ${id}` });
    }
    for (const id of node.date.before ?? []) {
      const day = (intervals.get(id) ?? external.get(id))?.latest;
      if (day) upper.push({ day, because: `coming before ${id}` });
    }
    const stated = own.get(node.id);
    if (stated) {
      const because = `its stated date ${node.date.value ?? `${stated.earliest} to ${stated.latest}`}`;
      lower.push({ day: stated.earliest, because });
      upper.push({ day: stated.latest, because });
    } else if (published) {
      upper.push({ day: published, because: "the article's publication date" });
    }
    const from = lower.reduce<Bound | undefined>((best, bound) => (!best || bound.day > best.day ? bound : best), undefined);
    const to = upper.reduce<Bound | undefined>((best, bound) => (!best || bound.day < best.day ? bound : best), undefined);
    if (from && to && from.day > to.day) {
      problems.push({
        entry: node.entry,
        reason: `date: no day fits: ${from.because} puts it no earlier than ${from.day}, but ${to.because} puts it no later than ${to.day}`,
      });
      continue;
    }
    intervals.set(node.id, stated ?? { earliest: from?.day ?? null, latest: to?.day ?? null });
  }
  return { intervals, problems };
}
