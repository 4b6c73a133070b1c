import cytoscape from 'cytoscape';
import { graphql } from './api';
import { el } from './dom';
import { networkOutlineQuery, networkQuery } from './queries';
import { edgeSelection } from './state';

interface ActorRef {
  __typename: 'Person' | 'Organization';
  id: string;
  name: string;
  kind?: string | null;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  /** participants: the event's mediators; absent for pairs beyond the heaviest `withMediators`. */
  events: { id: string; title: string; kind: string; participants?: { actor: ActorRef }[] }[];
  proposals: { id: string; title: string; status: string | null }[];
}

export interface Network {
  nodes: { id: string; degree: number; weight: number; actor: ActorRef }[];
  edges: NetworkEdge[];
}

/** How many of the heaviest pairs come with their mediators: the API's query cost limit allows about this many. */
const withMediators = 100;

/**
 * The heaviest `first` pairs. Beyond `withMediators` pairs, the outline of all of them and the mediators of the
 * heaviest are asked for side by side, and joined here.
 */
export async function fetchNetwork(rollUp: boolean, first: number): Promise<Network> {
  const full = graphql<{ negotiationNetwork: Network }>(networkQuery, { rollUp, first: Math.min(first, withMediators) });
  if (first <= withMediators) return (await full).negotiationNetwork;
  const [outline, heaviest] = await Promise.all([graphql<{ negotiationNetwork: Network }>(networkOutlineQuery, { rollUp, first }), full]);
  const mediated = new Map(heaviest.negotiationNetwork.edges.map((edge) => [`${edge.source}|${edge.target}`, edge]));
  const edges = outline.negotiationNetwork.edges.map((edge) => mediated.get(`${edge.source}|${edge.target}`) ?? edge);
  return { nodes: outline.negotiationNetwork.nodes, edges };
}

/** Whether the pair came with its mediators (see fetchNetwork). */
function mediatorsKnown(edge: NetworkEdge): boolean {
  return edge.events.every((event) => event.participants !== undefined);
}

/** The mediators of a pair: those of its talks, each named once, in the order first met. */
function mediatorsOf(edge: NetworkEdge): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const event of edge.events) for (const { actor } of event.participants ?? []) if (!seen.has(actor.id)) seen.set(actor.id, actor);
  return [...seen.values()];
}

export interface NetworkHandlers {
  select(id: string): void;
}

/** The drawn graph, kept so a test (or a console) can find an edge's place on the canvas. */
declare global {
  interface Window {
    dashboardNetwork?: cytoscape.Core;
  }
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#2f6fb0',
      color: '#1d2733',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      // Labels too small to read are not drawn: on a large graph fitted to the screen that is most of them, and
      // text is the dearest thing the canvas draws.
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node[type = "Person"]', style: { 'background-color': '#c26a1b', shape: 'round-rectangle' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#8aa0b6',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 8,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge[?mediated]', style: { 'line-style': 'dashed', 'line-color': '#7b5ea7' } },
  { selector: ':selected', style: { 'line-color': '#d33', 'background-color': '#d33', 'border-width': 3, 'border-color': '#d33' } },
];

/**
 * Draws the network into `container` and reports how long it took (data-render-ms, from the call to the first
 * frame after the layout), the figure the browser test reads on a large graph. A few actors sit on a circle,
 * some dozens get a force layout, and more a concentric layout by weight, which costs one pass rather than
 * hundreds of iterations.
 */
export function renderNetwork(
  container: HTMLElement,
  network: Network,
  selected: string | null,
  handlers: NetworkHandlers,
): cytoscape.Core {
  const began = performance.now();
  window.dashboardNetwork?.destroy();
  const maxWeight = Math.max(1, ...network.nodes.map((node) => node.weight));
  const elements: cytoscape.ElementDefinition[] = [
    ...network.nodes.map((node) => ({
      data: {
        id: node.id,
        label: node.actor.name,
        type: node.actor.__typename,
        weight: node.weight,
        size: 18 + 30 * Math.sqrt(node.weight / maxWeight),
      },
    })),
    ...network.edges.map((edge) => {
      const mediators = mediatorsOf(edge);
      return {
        data: {
          id: edgeSelection(edge.source, edge.target),
          source: edge.source,
          target: edge.target,
          width: 1 + 2 * Math.log2(1 + edge.weight),
          mediated: mediators.length > 0,
          label: mediators.length ? `${edge.weight} · via ${mediators.map((actor) => actor.name).join(', ')}` : String(edge.weight),
        },
      };
    }),
  ];
  const small = network.nodes.length <= 80;
  const layout: cytoscape.LayoutOptions =
    network.nodes.length <= 12
      ? { name: 'circle', animate: false, padding: 60 }
      : small
        ? { name: 'cose', animate: false, padding: 40 }
        : {
            name: 'concentric',
            concentric: (node: cytoscape.NodeSingular) => Number(node.data('weight')),
            levelWidth: () => 2,
            animate: false,
          };
  const cy = cytoscape({
    container,
    elements,
    style,
    layout,
    minZoom: 0.05,
    // A fit of a handful of nodes would blow them up to fill the screen.
    maxZoom: 1.6,
    textureOnViewport: !small,
    hideEdgesOnViewport: !small,
    // A large graph is drawn at one pixel per CSS pixel: on a high-density screen that is a quarter of the work.
    ...(small ? {} : { pixelRatio: 1 }),
  });
  window.dashboardNetwork = cy;
  if (selected) cy.getElementById(selected).select();
  cy.on('tap', 'edge', (event) => handlers.select((event.target as cytoscape.EdgeSingular).id()));
  cy.on('tap', 'node', (event) => handlers.select((event.target as cytoscape.NodeSingular).id()));
  requestAnimationFrame(() => {
    container.dataset.renderMs = (performance.now() - began).toFixed(0);
    container.dataset.edges = String(network.edges.length);
  });
  return cy;
}

function listOrNone(className: string, items: HTMLElement[]): HTMLElement {
  return items.length ? el('ul', { class: className }, ...items) : el('p', { class: className }, 'None.');
}

/** The panel of a negotiating pair: who, how often, through whom, and the talks and proposals behind it. */
export function renderEdgePanel(container: HTMLElement, network: Network, source: string, target: string, handlers: NetworkHandlers): void {
  const edge = network.edges.find((candidate) => candidate.source === source && candidate.target === target);
  const name = (id: string) => network.nodes.find((node) => node.id === id)?.actor.name ?? id;
  if (!edge) {
    container.replaceChildren(
      el('p', { class: 'error' }, `No negotiating pair ${name(source)} – ${name(target)} in this network (try the other roll-up setting).`),
    );
    return;
  }
  const item = (id: string, text: string) => {
    const button = el('button', { class: 'node-link', type: 'button', 'data-id': id }, text);
    button.addEventListener('click', () => handlers.select(id));
    return el('li', {}, button);
  };
  const mediators = mediatorsOf(edge);
  container.replaceChildren(
    el('header', {}, el('p', { class: 'type' }, 'Negotiating pair'), el('h2', {}, `${name(source)} – ${name(target)}`)),
    el('p', { class: 'summary' }, `${edge.weight} ${edge.weight === 1 ? 'talk or proposal' : 'talks or proposals'} behind the pair.`),
    el(
      'section',
      { class: 'fact-group' },
      el('h3', {}, 'Mediators'),
      mediators.length
        ? el('ul', { class: 'mediators' }, ...mediators.map((actor) => item(actor.id, actor.name)))
        : el(
            'p',
            {},
            mediatorsKnown(edge)
              ? 'None named.'
              : `Shown for the heaviest ${withMediators} pairs only: open a talk below for its mediators.`,
          ),
    ),
    el(
      'section',
      { class: 'fact-group' },
      el('h3', {}, 'Talks'),
      listOrNone(
        'edge-events',
        edge.events.map((event) => item(event.id, `${event.title} (${event.kind})`)),
      ),
    ),
    el(
      'section',
      { class: 'fact-group' },
      el('h3', {}, 'Proposals'),
      listOrNone(
        'edge-proposals',
        edge.proposals.map((proposal) => item(proposal.id, `${proposal.title}${proposal.status ? ` (${proposal.status})` : ''}`)),
      ),
    ),
  );
}
