import { svg } from './dom';
import { layoutTimeline, toMs, zoomWindow, type PlacedEvent, type TimelineEvent, type TimelineLayout } from './timelineLayout';

const rowHeight = 26;
const top = 40;
const margin = 16;
const laneWidth = 250;

export interface TimelineHandlers {
  select(id: string): void;
  /** A new visible window (ISO dates), or null for the whole range. */
  zoom(window: { start: number; end: number } | null): void;
}

function describeDate(event: TimelineEvent): string {
  const { text, precision, earliest, latest } = event.date;
  const interval =
    earliest === null
      ? 'no known date'
      : latest === null
        ? `from ${earliest}, no known end`
        : earliest === latest
          ? earliest
          : `${earliest} to ${latest}`;
  return `${text ?? 'undated in the text'} (${precision.toLowerCase()}: ${interval})`;
}

/** One mark: a keyboard-reachable group that names its event, so tests and screen readers find it alike. */
function eventGroup(event: TimelineEvent, selected: boolean, handlers: TimelineHandlers, lane: 'axis' | 'undated'): SVGGElement {
  const group = svg('g', {
    class: `event kind-${event.kind.replace(/[^a-z0-9-]/gi, '-')}${selected ? ' selected' : ''}`,
    'data-id': event.id,
    'data-precision': event.date.precision,
    'data-lane': lane,
    tabindex: 0,
    role: 'button',
    'aria-label': `${event.title}, ${describeDate(event)}`,
  });
  group.append(svg('title', {}, `${event.title}\n${describeDate(event)}\nkind: ${event.kind}`));
  group.addEventListener('click', () => handlers.select(event.id));
  group.addEventListener('keydown', (key) => {
    if (key.key === 'Enter' || key.key === ' ') {
      key.preventDefault();
      handlers.select(event.id);
    }
  });
  return group;
}

function placed(item: PlacedEvent, selected: string | null, handlers: TimelineHandlers): SVGGElement {
  const group = eventGroup(item.event, item.event.id === selected, handlers, 'axis');
  group.setAttribute('data-shape', item.shape);
  const y = top + item.row * rowHeight;
  if (item.shape === 'point') {
    group.append(svg('circle', { class: 'mark', cx: item.x1, cy: y + 9, r: 6 }));
  } else {
    group.append(
      svg('rect', {
        class: 'mark',
        x: item.x1,
        y: y + 3,
        width: item.x2 - item.x1,
        height: 12,
        rx: 3,
        ...(item.shape === 'open' ? { fill: 'url(#open-end)' } : {}),
      }),
    );
  }
  // A bar's label sits over the bar's start (with a halo, see the CSS): the row was packed for the longer of the two.
  const label =
    item.shape === 'point'
      ? svg(
          'text',
          { class: 'label', x: item.labelLeft ? item.x1 - 10 : item.x1 + 10, y: y + 13, 'text-anchor': item.labelLeft ? 'end' : 'start' },
          item.event.title,
        )
      : svg('text', { class: 'label', x: item.x1 + 4, y: y + 13 }, item.event.title);
  group.append(label);
  return group;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function undatedLane(layout: TimelineLayout, x: number, selected: string | null, handlers: TimelineHandlers): SVGGElement {
  const lane = svg('g', { class: 'undated-lane', transform: `translate(${x}, 0)`, 'data-lane': 'undated' });
  lane.append(
    svg('rect', {
      class: 'lane-background',
      x: -8,
      y: 0,
      width: laneWidth,
      height: top + Math.max(layout.undated.length, 1) * rowHeight + 8,
    }),
  );
  lane.append(svg('text', { class: 'lane-title', x: 0, y: 20 }, 'Undated, in the order the text gives'));
  layout.undated.forEach((event, index) => {
    const group = eventGroup(event, event.id === selected, handlers, 'undated');
    const y = top + index * rowHeight;
    const open = event.date.earliest !== null && event.date.latest === null;
    group.append(
      svg('rect', { class: 'mark', x: 0, y, width: laneWidth - 24, height: 20, rx: 4, ...(open ? { fill: 'url(#open-end)' } : {}) }),
    );
    const after = event.date.earliest ? ` · after ${event.date.earliest}` : '';
    group.append(svg('text', { class: 'label', x: 6, y: y + 14 }, truncate(`${event.title}${after}`, 34)));
    lane.append(group);
  });
  return lane;
}

/**
 * Draws the timeline into `container` (an SVG it owns): the date axis with its marks, and the undated lane to the
 * right of it. The mouse wheel over the axis zooms around the pointer.
 */
export function renderTimeline(
  container: HTMLElement,
  events: readonly TimelineEvent[],
  zoom: { start: string; end: string } | null,
  selected: string | null,
  handlers: TimelineHandlers,
): TimelineLayout {
  const width = Math.max(container.clientWidth, 720);
  const axisWidth = width - laneWidth - 3 * margin;
  const layout = layoutTimeline(events, axisWidth, zoom ? { start: toMs(zoom.start), end: toMs(zoom.end) } : null);
  const height = top + Math.max(layout.rows, layout.undated.length, 1) * rowHeight + 16;
  const root = svg('svg', { class: 'timeline', width, height, role: 'group', 'aria-label': 'Timeline of events' });
  const gradient = svg('linearGradient', { id: 'open-end', x1: 0, x2: 1, y1: 0, y2: 0 });
  gradient.append(
    svg('stop', { offset: '0%', 'stop-color': '#2f6fb0', 'stop-opacity': 0.9 }),
    svg('stop', { offset: '100%', 'stop-color': '#2f6fb0', 'stop-opacity': 0 }),
  );
  root.append(svg('defs', {}, gradient));

  const axis = svg('g', { class: 'axis', transform: `translate(${margin}, 0)` });
  axis.append(svg('rect', { class: 'axis-background', x: 0, y: 0, width: axisWidth, height }));
  for (const tick of layout.ticks) {
    axis.append(
      svg('line', { class: 'tick', x1: tick.x, x2: tick.x, y1: 24, y2: height }),
      svg('text', { class: 'tick-label', x: tick.x + 3, y: 18 }, tick.label),
    );
  }
  for (const item of layout.dated) axis.append(placed(item, selected, handlers));
  axis.addEventListener('wheel', (wheel) => {
    wheel.preventDefault();
    const bounds = axis.getBoundingClientRect();
    const centre = layout.start + ((wheel.clientX - bounds.left) / axisWidth) * (layout.end - layout.start);
    handlers.zoom(zoomWindow(layout, wheel.deltaY < 0 ? 0.7 : 1 / 0.7, centre));
  });
  root.append(axis, undatedLane(layout, margin * 2 + axisWidth + 8, selected, handlers));
  container.replaceChildren(root);
  return layout;
}
