/**
 * What the dashboard shows, kept in the URL's query string so a view can be bookmarked and shared: the view, the
 * timeline's filters and zoom, the network's roll-up and size, the selected node or edge, and the open passage.
 * Pure functions: no DOM, so they are unit-tested under node.
 */

export type View = 'timeline' | 'network';

export interface Passage {
  articleId: string;
  start: number;
  end: number;
}

export interface DashboardState {
  view: View;
  /** Timeline filter: only this actor's events. */
  actor: string | null;
  /** Timeline filter: only these event kinds (empty: all). */
  kinds: string[];
  /** Timeline filter: ISO dates. */
  from: string | null;
  to: string | null;
  /** Timeline zoom: the visible date window (ISO dates), or null for all of it. */
  zoom: { start: string; end: string } | null;
  /** Network: people rolled up into the states and organizations they represent. */
  rollUp: boolean;
  /** Network: how many of the heaviest edges to draw. */
  edges: number;
  /** A node id, or a network edge as `edge:<source>|<target>`. */
  selected: string | null;
  /** The article passage open in the reader. */
  passage: Passage | null;
}

export const networkSizes = [25, 100, 500] as const;

export const initialState: DashboardState = {
  view: 'timeline',
  actor: null,
  kinds: [],
  from: null,
  to: null,
  zoom: null,
  rollUp: true,
  edges: 100,
  selected: null,
  passage: null,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string | null {
  return value !== null && isoDate.test(value) ? value : null;
}

function offset(value: string | null): number | null {
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** Reads a state from a query string; anything malformed falls back to the default rather than breaking the page. */
export function parseState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const view = params.get('view') === 'network' ? 'network' : 'timeline';
  const [zoomStart, zoomEnd] = (params.get('zoom') ?? '').split('..');
  const zoom =
    zoomStart !== undefined && zoomEnd !== undefined && date(zoomStart) && date(zoomEnd) && zoomStart < zoomEnd
      ? { start: zoomStart, end: zoomEnd }
      : null;
  const edges = Number(params.get('edges'));
  const articleId = params.get('article');
  const start = offset(params.get('start'));
  const end = offset(params.get('end'));
  return {
    view,
    actor: params.get('actor') || null,
    kinds: (params.get('kinds') ?? '')
      .split(',')
      .map((kind) => kind.trim())
      .filter((kind) => kind !== ''),
    from: date(params.get('from')),
    to: date(params.get('to')),
    zoom,
    // The network opens rolled up unless the link says otherwise: states and organizations read best at first.
    rollUp: params.get('rollup') !== '0',
    edges: (networkSizes as readonly number[]).includes(edges) ? edges : initialState.edges,
    selected: params.get('select') || null,
    passage: articleId && start !== null && end !== null && start < end ? { articleId, start, end } : null,
  };
}

/** The query string for a state (with its leading `?`), leaving out what is at its default. */
export function formatState(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.actor) params.set('actor', state.actor);
  if (state.kinds.length) params.set('kinds', state.kinds.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.zoom) params.set('zoom', `${state.zoom.start}..${state.zoom.end}`);
  if (!state.rollUp) params.set('rollup', '0');
  if (state.edges !== initialState.edges) params.set('edges', String(state.edges));
  if (state.selected) params.set('select', state.selected);
  if (state.passage) {
    params.set('article', state.passage.articleId);
    params.set('start', String(state.passage.start));
    params.set('end', String(state.passage.end));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A network edge's selection id, and back. Actor ids hold no `|`. */
export function edgeSelection(source: string, target: string): string {
  return `edge:${source}|${target}`;
}

export function parseEdgeSelection(selected: string | null): { source: string; target: string } | null {
  const [, source, target] = selected?.match(/^edge:([^|]+)\|([^|]+)$/) ?? [];
  return source !== undefined && target !== undefined ? { source, target } : null;
}
