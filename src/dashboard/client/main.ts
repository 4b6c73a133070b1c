import { graphql } from './api';
import { byId, el } from './dom';
import { fetchNetwork, renderEdgePanel, renderNetwork, type Network } from './network';
import { renderNodePanel } from './panel';
import { nameQuery } from './queries';
import { renderPassage } from './reader';
import { searchBox } from './search';
import { formatState, networkSizes, parseEdgeSelection, parseState, type DashboardState } from './state';
import { renderTimeline } from './timeline';
import { fetchTimeline, maxTimelineEvents, type TimelineData } from './timelineData';
import { toIso, zoomWindow, type TimelineLayout } from './timelineLayout';

let state = parseState(location.search);
let timelineKey = '';
let timeline: Promise<TimelineData> | null = null;
let networkKey = '';
let network: Promise<Network> | null = null;
let layout: TimelineLayout | null = null;
const knownKinds = new Set<string>();
const names = new Map<string, Promise<string>>();

const status = byId('status');
const panel = byId('panel');
const panelContent = byId('panel-content');
const reader = byId('reader');

/** Moves to a new state: the URL follows (a new history entry unless `replace`), then the page. */
function go(change: Partial<DashboardState>, replace = false): void {
  state = { ...state, ...change };
  const url = `${location.pathname}${formatState(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render().catch(report);
}

function report(error: unknown): void {
  status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
  status.classList.add('error');
}

function nameOf(id: string): Promise<string> {
  let name = names.get(id);
  if (!name) {
    name = graphql<{ entity: { id: string; name?: string; title?: string } | null }>(nameQuery, { id }).then(
      ({ entity }) => entity?.name ?? entity?.title ?? `${id} (not in the graph)`,
    );
    names.set(id, name);
  }
  return name;
}

const select = (id: string) => go({ selected: id });
const handlers = {
  select,
  openPassage: (passage: DashboardState['passage']) => go({ passage }),
  filterByActor: (actor: string) => go({ actor, view: 'timeline', zoom: null }),
  zoom: (window: { start: number; end: number } | null) =>
    go({ zoom: window && { start: toIso(window.start), end: toIso(window.end) } }, true),
};

function checkbox(kind: string): HTMLElement {
  const box = el('input', { type: 'checkbox', value: kind, 'data-kind': kind });
  box.checked = state.kinds.includes(kind);
  box.addEventListener('change', () =>
    go({ kinds: box.checked ? [...state.kinds, kind] : state.kinds.filter((k) => k !== kind), zoom: null }),
  );
  return el('label', { class: 'kind' }, box, ` ${kind}`);
}

function dateInput(label: string, value: string | null, set: (value: string | null) => void): HTMLElement {
  const input = el('input', { type: 'date', 'aria-label': label, value: value ?? undefined });
  input.addEventListener('change', () => set(input.value || null));
  return el('label', {}, `${label} `, input);
}

function button(text: string, attributes: Record<string, string>, action: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, text);
  element.addEventListener('click', action);
  return element;
}

async function timelineToolbar(): Promise<HTMLElement> {
  const actorFilter = el('span', { id: 'actor-filter' });
  if (state.actor) {
    actorFilter.append(
      el('span', { class: 'chip', 'data-id': state.actor }, await nameOf(state.actor)),
      button('×', { 'aria-label': 'Show every actor', class: 'chip-clear' }, () => go({ actor: null, zoom: null })),
    );
  } else {
    const box = el('span', { id: 'actor-search', class: 'search' });
    actorFilter.append(box);
    searchBox(box, 'Filter by actor…', (hit) => go({ actor: hit.entity.id, zoom: null }));
  }
  const zoomBy = (factor: number) => layout && handlers.zoom(zoomWindow(layout, factor));
  return el(
    'div',
    { class: 'toolbar' },
    actorFilter,
    el('span', { class: 'kinds' }, ...[...new Set([...knownKinds, ...state.kinds])].sort().map(checkbox)),
    dateInput('From', state.from, (from) => go({ from, zoom: null })),
    dateInput('To', state.to, (to) => go({ to, zoom: null })),
    el(
      'span',
      { class: 'zoom' },
      button('+', { 'aria-label': 'Zoom in', id: 'zoom-in' }, () => zoomBy(0.5)),
      button('−', { 'aria-label': 'Zoom out', id: 'zoom-out' }, () => zoomBy(2)),
      button('All', { id: 'zoom-all' }, () => handlers.zoom(null)),
    ),
  );
}

function networkToolbar(): HTMLElement {
  const rollUp = el('input', { type: 'checkbox', id: 'roll-up' });
  rollUp.checked = state.rollUp;
  rollUp.addEventListener('change', () => go({ rollUp: rollUp.checked, selected: null }));
  const size = el(
    'select',
    { id: 'edge-count', 'aria-label': 'Edges shown' },
    ...networkSizes.map((n) => el('option', { value: String(n) }, `top ${n} pairs`)),
  );
  size.value = String(state.edges);
  size.addEventListener('change', () => go({ edges: Number(size.value) }));
  return el('div', { class: 'toolbar' }, el('label', {}, rollUp, ' Roll people up into the states and organizations they represent'), size);
}

async function renderTimelineView(): Promise<void> {
  const key = JSON.stringify([state.actor, state.kinds, state.from, state.to]);
  if (key !== timelineKey || !timeline) {
    timelineKey = key;
    timeline = fetchTimeline(state);
  }
  const data = await timeline;
  for (const event of data.events) knownKinds.add(event.kind);
  byId('toolbar').replaceChildren(await timelineToolbar());
  layout = renderTimeline(byId('timeline'), data.events, state.zoom, state.selected, handlers);
  const hidden = layout.hidden ? `, ${layout.hidden} outside the zoomed window` : '';
  status.textContent = data.more
    ? `Showing the first ${maxTimelineEvents} events; more match: narrow the actor, kinds or dates.`
    : `${data.events.length} events${hidden}.`;
}

async function loadNetwork(): Promise<Network> {
  const key = `${String(state.rollUp)}/${state.edges}`;
  if (key !== networkKey || !network) {
    networkKey = key;
    network = fetchNetwork(state.rollUp, state.edges);
  }
  return network;
}

async function renderNetworkView(): Promise<void> {
  byId('toolbar').replaceChildren(networkToolbar());
  const began = performance.now();
  const data = await loadNetwork();
  byId('network').dataset.fetchMs = (performance.now() - began).toFixed(0);
  renderNetwork(byId('network'), data, state.selected, handlers);
  status.textContent = `${data.nodes.length} actors, ${data.edges.length} negotiating pairs (the heaviest ${state.edges} at most). Click a pair for its talks.`;
}

async function renderPanel(): Promise<void> {
  panel.hidden = state.selected === null;
  if (state.selected === null) return;
  const edge = parseEdgeSelection(state.selected);
  if (edge) renderEdgePanel(panelContent, await loadNetwork(), edge.source, edge.target, handlers);
  else await renderNodePanel(panelContent, state.selected, handlers);
}

async function render(): Promise<void> {
  status.classList.remove('error');
  status.textContent = 'Loading…';
  document.body.dataset.view = state.view;
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]'))
    tab.setAttribute('aria-current', String(tab.dataset.view === state.view));
  byId('timeline').hidden = state.view !== 'timeline';
  byId('network').hidden = state.view !== 'network';
  const passage = state.passage ? renderPassage(reader, state.passage) : ((reader.hidden = true), Promise.resolve());
  await Promise.all([state.view === 'timeline' ? renderTimelineView() : renderNetworkView(), renderPanel(), passage]);
  document.body.dataset.ready = 'true';
}

function start(): void {
  searchBox(byId('search'), 'Search people, organizations, places…', (hit) => go({ selected: hit.entity.id }));
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      go({ view: tab.dataset.view === 'network' ? 'network' : 'timeline' });
    });
  }
  byId('reader-close').addEventListener('click', () => go({ passage: null }));
  byId('panel-close').addEventListener('click', () => go({ selected: null }));
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    render().catch(report);
  });
  let resize: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resize);
    resize = window.setTimeout(() => state.view === 'timeline' && render().catch(report), 200);
  });
  render().catch(report);
}

start();
