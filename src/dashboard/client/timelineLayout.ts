/**
 * Where each event of the timeline goes, from its fuzzy date alone: pure arithmetic, unit-tested under node.
 * A DAY is a point; a MONTH, YEAR or RANGE a bar over its interval; a known start with no known end an open bar
 * that fades out at the window's edge. UNKNOWN events (the article gives no date: "recent" talks) are not placed
 * on the axis, whose position would claim more than the text says; they go to their own lane after it, in the
 * API's order (earliest bound, then the order the text gives).
 */

export type Precision = 'DAY' | 'MONTH' | 'YEAR' | 'RANGE' | 'UNKNOWN';

export interface TimelineEvent {
  id: string;
  kind: string;
  title: string;
  sequence: number;
  date: { text: string | null; precision: Precision; earliest: string | null; latest: string | null };
}

type DatedEvent = TimelineEvent & { date: { earliest: string } };

export type Shape = 'point' | 'bar' | 'open';

export interface PlacedEvent {
  event: TimelineEvent;
  shape: Shape;
  /** Pixels from the axis's left edge. */
  x1: number;
  x2: number;
  row: number;
  /** The label goes left of the mark: to its right it would run past the axis. */
  labelLeft: boolean;
}

export interface Tick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  /** The visible window, in ms since the epoch (UTC). */
  start: number;
  end: number;
  axisWidth: number;
  dated: PlacedEvent[];
  /** Events of the undated lane, in order. */
  undated: TimelineEvent[];
  /** Dated events outside the zoomed window. */
  hidden: number;
  ticks: Tick[];
  rows: number;
}

const dayMs = 86_400_000;
const minSpanMs = 30 * dayMs;

export function toMs(iso: string): number {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether the event goes on the axis: the article dates it, or at least gives it a first possible day. */
function isDated(event: TimelineEvent): event is DatedEvent {
  return event.date.precision !== 'UNKNOWN' && event.date.earliest !== null;
}

function shapeOf(event: TimelineEvent): Shape {
  if (event.date.latest === null) return 'open';
  return event.date.precision === 'DAY' ? 'point' : 'bar';
}

/** The window that shows every dated event: from the first start to the last end (an open end counts its start). */
function fullWindow(events: readonly TimelineEvent[]): { start: number; end: number } | null {
  const dated = events.filter(isDated);
  if (dated.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const event of dated) {
    const first = toMs(event.date.earliest);
    start = Math.min(start, first);
    end = Math.max(end, event.date.latest === null ? first : toMs(event.date.latest) + dayMs);
  }
  const pad = Math.max((end - start) * 0.04, minSpanMs / 2);
  return { start: start - pad, end: end + pad };
}

/** The width a label takes beside its mark, so that labels on one row do not overlap. */
function labelWidth(title: string): number {
  return Math.min(220, 12 + title.length * 6.5);
}

const tickSteps = {
  years: [1, 2, 5, 10, 20, 50, 100],
  months: [1, 2, 3, 6],
  days: [1, 2, 7, 14],
};

function ticks(start: number, end: number, width: number): Tick[] {
  const target = Math.max(2, Math.floor(width / 90));
  const spanDays = (end - start) / dayMs;
  const x = (ms: number) => ((ms - start) / (end - start)) * width;
  const out: Tick[] = [];
  const first = new Date(start);
  if (spanDays > 3 * 365) {
    const step = tickSteps.years.find((years) => spanDays / 365 / years <= target) ?? 100;
    for (let year = Math.ceil(first.getUTCFullYear() / step) * step; Date.UTC(year, 0, 1) <= end; year += step) {
      const ms = Date.UTC(year, 0, 1);
      if (ms >= start) out.push({ x: x(ms), label: String(year) });
    }
  } else if (spanDays > 90) {
    const step = tickSteps.months.find((months) => spanDays / 30.4 / months <= target) ?? 12;
    for (let month = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; month += 1) {
      const ms = Date.UTC(Math.floor(month / 12), month % 12, 1);
      if (ms > end) break;
      if (ms >= start && (month % 12) % step === 0) out.push({ x: x(ms), label: toIso(ms).slice(0, 7) });
    }
  } else {
    const step = tickSteps.days.find((days) => spanDays / days <= target) ?? 30;
    for (let ms = Math.ceil(start / dayMs) * dayMs; ms <= end; ms += step * dayMs) out.push({ x: x(ms), label: toIso(ms) });
  }
  return out;
}

/**
 * Lays the events out on an axis `axisWidth` pixels wide, over `window` (a zoom) or the window showing them all.
 * Rows are filled greedily from the left, each mark with its label, so nothing overlaps.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  axisWidth: number,
  window: { start: number; end: number } | null = null,
): TimelineLayout {
  const shown = window ?? fullWindow(events) ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
  const { start, end } = shown;
  const x = (ms: number) => ((ms - start) / (end - start)) * axisWidth;
  const rowEnds: number[] = [];
  const dated: PlacedEvent[] = [];
  let hidden = 0;
  const onAxis = events.filter(isDated).sort((a, b) => toMs(a.date.earliest) - toMs(b.date.earliest));
  for (const event of onAxis) {
    const shape = shapeOf(event);
    const first = toMs(event.date.earliest);
    const last = event.date.latest === null ? end : toMs(event.date.latest) + dayMs;
    if (first > end || last < start) {
      hidden += 1;
      continue;
    }
    const x1 = Math.max(0, x(first));
    const x2 = shape === 'point' ? x1 : Math.min(axisWidth, Math.max(x1 + 6, x(last)));
    const width = labelWidth(event.title);
    const labelLeft = shape === 'point' && x1 + width > axisWidth && x1 - width >= 0;
    const from = labelLeft ? x1 - width : x1;
    const occupied = labelLeft ? x2 + 8 : x1 + Math.max(x2 - x1, width);
    let row = rowEnds.findIndex((rowEnd) => rowEnd + 8 <= from);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(occupied);
    } else {
      rowEnds[row] = occupied;
    }
    dated.push({ event, shape, x1, x2, row, labelLeft });
  }
  const undated = events.filter((event) => !isDated(event));
  return { start, end, axisWidth, dated, undated, hidden, ticks: ticks(start, end, axisWidth), rows: Math.max(rowEnds.length, 1) };
}

/** A window `factor` times as wide (below 1 zooms in), centred on `centre` (ms). */
export function zoomWindow(
  window: { start: number; end: number },
  factor: number,
  centre = (window.start + window.end) / 2,
): { start: number; end: number } {
  const span = Math.max(minSpanMs, (window.end - window.start) * factor);
  const share = (centre - window.start) / (window.end - window.start);
  const start = centre - span * share;
  return { start: Math.round(start / dayMs) * dayMs, end: Math.round((start + span) / dayMs) * dayMs };
}
