import { graphql } from './api';
import { el } from './dom';
import type { PanelQuery, PanelQueryVariables } from './generated/operations';
import { panelListSize, panelQuery, panelSourcesSize } from './queries';
import type { Passage } from './state';

/** What the panel does when a reader follows a link in it. */
export interface PanelHandlers {
  select(id: string): void;
  openPassage(passage: Passage): void;
  filterByActor(id: string): void;
}

export interface Evidence {
  quote: string;
  start: number | null;
  end: number | null;
  articleId: string;
  article: { id: string; title: string; source: string | null } | null;
}

interface Ref {
  id: string;
  name?: string;
  title?: string;
}

/** One fact of a panel: a sentence, the node it points to, the quotes it rests on and, for a relation, how many articles state it. */
export interface Fact {
  text: string;
  target?: Ref | null;
  evidence: Evidence[];
  sources?: number;
}

/** The node a panel shows, typed by GraphQL Code Generator from panelQuery (npm run codegen). */
type Entity = NonNullable<PanelQuery['entity']>;
type EntityOf<T extends Entity['__typename']> = Extract<Entity, { __typename: T }>;

/** A relation the panel lists: what it links to, the quotes of its first sources, and how many articles state it. */
type StatedLink<T> = T & { evidence: Evidence[]; sources: number };

function nameOf(ref: Ref | null | undefined): string {
  return ref?.name ?? ref?.title ?? ref?.id ?? '?';
}

/** A quote as a button that opens the article at its passage; a quote without offsets can only be read. */
function quoteButton(evidence: Evidence, handlers: PanelHandlers): HTMLElement {
  const title = evidence.article?.title ?? evidence.articleId;
  const source = evidence.article?.source ? `${title} (${evidence.article.source})` : title;
  const { articleId, start, end } = evidence;
  if (start === null || end === null) return el('q', { class: 'quote', title: source }, evidence.quote);
  const button = el(
    'button',
    {
      class: 'quote',
      type: 'button',
      'data-article': evidence.articleId,
      'data-start': String(evidence.start),
      'data-end': String(evidence.end),
      title: `Open in ${source}`,
    },
    `“${evidence.quote}”`,
  );
  button.addEventListener('click', () => handlers.openPassage({ articleId, start, end }));
  // The article's title says which source says so, once several articles are loaded.
  return el('span', { class: 'evidence' }, button, el('cite', { title: source }, title));
}

/** One button per passage: a fact stated twice by the same words (two relations, one quote) shows it once. */
function distinct(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.articleId}|${String(item.start)}|${String(item.end)}|${item.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A relation's quotes (of its first panelSourcesSize sources) and how many articles state it. */
function stated(relation: StatedLink<object>): Pick<Fact, 'evidence' | 'sources'> {
  return { evidence: relation.evidence, sources: relation.sources };
}

/** Says how many articles state a relation when its quotes come from only the first of them. */
function moreSources(fact: Fact): HTMLElement | null {
  if (fact.sources === undefined || fact.sources <= panelSourcesSize) return null;
  return el('span', { class: 'more-sources' }, `quotes of the first ${panelSourcesSize} of ${fact.sources} sources`);
}

function factList(title: string, facts: Fact[], handlers: PanelHandlers): HTMLElement | null {
  if (facts.length === 0) return null;
  const list = el('ul', { class: 'facts' });
  for (const fact of facts) {
    const target = fact.target;
    const link = target ? el('button', { class: 'node-link', type: 'button', 'data-id': target.id }, nameOf(target)) : null;
    if (target && link) link.addEventListener('click', () => handlers.select(target.id));
    const more = moreSources(fact);
    const quotes = el(
      'div',
      { class: 'quotes' },
      ...distinct(fact.evidence).map((evidence) => quoteButton(evidence, handlers)),
      ...(more ? [more] : []),
    );
    list.append(el('li', {}, el('span', { class: 'fact' }, fact.text, link ? ' ' : '', link), quotes));
  }
  // A list as long as was asked for may go on: say so rather than let it pass for the whole.
  const more = facts.length >= panelListSize ? ` (the first ${panelListSize})` : '';
  return el('section', { class: 'fact-group' }, el('h3', {}, `${title}${more}`), list);
}

function actorLinks(verb: string, links: StatedLink<{ actor: Ref }>[]): Fact[] {
  return links.map((link) => ({ text: verb, target: link.actor, ...stated(link) }));
}

function eventLinks(verb: string, links: StatedLink<{ event: Ref }>[]): Fact[] {
  return links.map((link) => ({ text: verb, target: link.event, ...stated(link) }));
}

function actorFacts(node: EntityOf<'Person' | 'Organization'>): [string, Fact[]][] {
  return [
    [
      'Events',
      node.events.map((p) => ({
        text: `${p.role}${p.side ? ` (for ${nameOf(p.side)})` : ''} in`,
        target: p.event,
        ...stated(p),
      })),
    ],
    [
      'Proposals',
      node.proposals.map((p) => ({
        text: p.relation.toLowerCase().replace('_', ' '),
        target: p.proposal,
        ...stated(p),
      })),
    ],
    [
      'Statements',
      node.statements.map((s) => ({
        text: `said (${s.statement.medium ?? 'unspecified'}): “${s.statement.quote}”`,
        ...stated(s),
      })),
    ],
    [
      'Figures',
      node.claims.map((c) => ({
        text: `gives ${c.claim.figure}${c.claim.unit ? ` ${c.claim.unit}` : ''}`,
        ...stated(c),
      })),
    ],
  ];
}

/** The sections of facts for a node of each type: each names the other node and carries its evidence. */
function sections(node: Entity): [string, Fact[]][] {
  switch (node.__typename) {
    case 'Person':
      return [
        ['Roles', node.roles.map((r) => ({ text: `${r.title ?? 'role'} of`, target: r.organization, ...stated(r) }))],
        ...actorFacts(node),
      ];
    case 'Organization':
      return [
        ['Members', node.members.map((r) => ({ text: `${r.title ?? 'member'}:`, target: r.person, ...stated(r) }))],
        ['Part of', node.partOf.map((o) => ({ text: 'part of', target: o.organization, ...stated(o) }))],
        ['Parts', node.parts.map((o) => ({ text: 'has part', target: o.organization, ...stated(o) }))],
        ...actorFacts(node),
      ];
    case 'Event':
      return [
        [
          'Participants',
          node.participants.map((p) => ({
            text: `${p.role}${p.side ? ` (for ${nameOf(p.side)})` : ''}:`,
            target: p.actor,
            ...stated(p),
          })),
        ],
        ['Places', node.places.map((p) => ({ text: 'in', target: p.place, ...stated(p) }))],
        [
          'Related events',
          [
            ...eventLinks('triggered by', node.causes),
            ...eventLinks('triggered', node.consequences),
            ...eventLinks('followed', node.follows),
            ...eventLinks('followed by', node.followedBy),
            ...eventLinks('part of', node.partOf),
            ...eventLinks('has part', node.parts),
          ],
        ],
      ];
    case 'Proposal':
      return [
        [
          'Parties',
          [
            ...actorLinks('proposed by', node.proposedBy),
            ...actorLinks('addressed to', node.addressedTo),
            ...actorLinks('demanded by', node.demandedBy),
            ...actorLinks('rejected by', node.rejectedBy),
          ],
        ],
        ['Terms', node.terms.map((t) => ({ text: `${t.term.kind ?? 'term'}: ${t.term.text}`, ...stated(t) }))],
      ];
    case 'Term':
      return [['Binds', actorLinks('binds', node.binds)]];
    case 'Statement':
      return [['Speakers', actorLinks('said by', node.speakers)]];
    case 'Claim':
      return [['Sources', actorLinks('according to', node.sources)]];
    case 'Place':
    case 'Article':
      return [];
    default: {
      const unhandled: never = node;
      throw new Error(`no sections for ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The panel's title: the node's name, title, text, quote or figure. */
function heading(node: Entity): string {
  switch (node.__typename) {
    case 'Person':
    case 'Organization':
    case 'Place':
      return node.name;
    case 'Event':
    case 'Proposal':
    case 'Article':
      return node.title;
    case 'Term':
      return node.text;
    case 'Statement':
      return node.quote;
    case 'Claim':
      return node.figure;
    default: {
      const unhandled: never = node;
      throw new Error(`no heading for ${JSON.stringify(unhandled)}`);
    }
  }
}

function summaryLines(node: Entity): string[] {
  const lines: string[] = [];
  if ('aliases' in node && node.aliases.length) lines.push(`Also: ${node.aliases.join(', ')}`);
  const kind = 'eventKind' in node ? node.eventKind : 'kind' in node ? node.kind : null;
  if (kind) lines.push(`Kind: ${kind}`);
  if ('status' in node && node.status) lines.push(`Status: ${node.status}`);
  const date = node.__typename === 'Event' ? node.date : node.__typename === 'Proposal' ? node.proposalDate : null;
  if (date) {
    // The panel asks for the basis of an event's date only.
    const basis = node.__typename === 'Event' ? node.date.basis : null;
    lines.push(
      `Date: ${date.text ?? 'not given'} (${date.precision.toLowerCase()}${date.earliest ? `, ${date.earliest} to ${date.latest ?? 'open end'}` : ''})${basis ? `, ${basis}` : ''}`,
    );
  }
  if ('description' in node && node.description) lines.push(node.description);
  if ('summary' in node && node.summary) lines.push(node.summary);
  if (node.__typename === 'Statement')
    lines.push(`“${node.quote}” (${node.medium ?? 'unspecified'}${node.paraphrase ? ', paraphrased' : ''})`);
  if (node.__typename === 'Claim') lines.push(`${node.qualifier ?? ''} ${node.figure} ${node.unit ?? ''}`.trim());
  if ('note' in node && node.note) lines.push(node.note);
  return lines;
}

/** Fills `container` with the panel of one node: what it is, its facts with their quotes, and where it is mentioned. */
export async function renderNodePanel(container: HTMLElement, id: string, handlers: PanelHandlers): Promise<void> {
  container.replaceChildren(el('p', { class: 'loading' }, `Loading ${id}…`));
  const variables: PanelQueryVariables = { id, first: panelListSize, sources: panelSourcesSize };
  const { entity } = await graphql<PanelQuery>(panelQuery, variables);
  if (!entity) {
    container.replaceChildren(el('p', { class: 'error' }, `The graph holds no node with id ${id}.`));
    return;
  }
  const header = el(
    'header',
    {},
    el('p', { class: 'type' }, entity.__typename),
    el('h2', {}, heading(entity)),
    el('p', { class: 'node-id' }, entity.id),
  );
  const parts: (HTMLElement | null)[] = [header, ...summaryLines(entity).map((line) => el('p', { class: 'summary' }, line))];
  if (entity.__typename === 'Person' || entity.__typename === 'Organization') {
    const filter = el('button', { type: 'button', class: 'filter-actor', 'data-id': entity.id }, 'Show only their events on the timeline');
    filter.addEventListener('click', () => handlers.filterByActor(entity.id));
    parts.push(filter);
  }
  for (const [title, facts] of sections(entity)) parts.push(factList(title, facts, handlers));
  parts.push(factList('Mentioned in', entity.evidence.length ? [{ text: '', evidence: entity.evidence }] : [], handlers));
  container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
}
