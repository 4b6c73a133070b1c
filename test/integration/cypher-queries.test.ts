import fs from 'node:fs';
import { loadArticle, seedFiles } from '../../src/ingest';
import { loadQueryFile, queryFileNames, runQueryFile, type PlainRow, type PlainValue } from '../../src/research';
import { testDatabase } from '../support/database';

/**
 * Runs every file of cypher/queries with its `// Example:` parameters against the seeded graph and checks what
 * it returns against the article. Each file needs an entry in `expectations`: a new file without one fails,
 * so every question of the library is checked, not only run.
 */

const db = testDatabase();
const articleText = Array.from(fs.readFileSync(seedFiles.article, 'utf8'));
const articleId = 'article:us-hamas-direct-talks';

beforeAll(async () => {
  await loadArticle(db, seedFiles);
});

afterAll(async () => {
  await db.close();
});

type Row = PlainRow;
type Expectation = (rows: Row[]) => void;

/** A node as the API's files return it (`{id, labels, ...}`) or a bare id, as an id. */
function idOf(value: PlainValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.id === 'string') return value.id;
  return null;
}

function ids(values: PlainValue | undefined): string[] {
  return Array.isArray(values) ? values.map((value) => idOf(value) ?? '').sort() : [];
}

function field(value: PlainValue | undefined, name: string): PlainValue | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value[name] : undefined;
}

/** The text of the seed article between two code-point offsets. */
function textAt(start: number, end: number): string {
  return articleText.slice(start, end).join('');
}

/**
 * A fact comes back with its key and how many articles state it (here the seed alone, once): its quotes are
 * evidence-by-fact's. A mention's quotes are on the map itself, each the article text at its offsets.
 */
function expectEvidence(relation: PlainValue | undefined): void {
  const key = field(relation, 'key');
  if (key !== undefined) {
    expect(typeof key).toBe('string');
    expect(field(relation, 'sources')).toBe(1);
    return;
  }
  expect(field(relation, 'article')).toBe(articleId);
  const evidence = field(relation, 'evidence') as string[];
  const starts = field(relation, 'evidenceStart') as number[];
  const ends = field(relation, 'evidenceEnd') as number[];
  expect(evidence.length).toBeGreaterThan(0);
  expect(starts).toHaveLength(evidence.length);
  expect(ends).toHaveLength(evidence.length);
  evidence.forEach((quote, index) => expect(textAt(starts[index] ?? -1, ends[index] ?? -1)).toBe(quote));
}

/** The rows of a batch file (`id`, then what hangs off it), as "id TYPE? other" strings. */
function links(rows: Row[], other: string, type?: string): string[] {
  return rows.map((row) => [row.id, type ? row[type] : null, idOf(row[other])].filter((part) => part !== null).join(' ')).sort();
}

const expectations: Record<string, Expectation> = {
  mediators: (rows) => {
    expect(rows.map((row) => [row.negotiation, row.mediator])).toEqual([
      ['event:us-hamas-direct-talks', 'org:egypt'],
      ['event:us-hamas-direct-talks', 'org:qatar'],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ negotiationTitle: 'Direct US-Hamas talks', kind: 'talks', articles: [articleId] });
      expect(row.parties).toEqual(['org:hamas', 'org:united-states', 'person:adam-boehler']);
      expect(row.via).toEqual(expect.arrayContaining(['event:us-hamas-direct-talks', 'event:egypt-qatar-mediation']));
      expect(row.evidence).toContain('Egyptian and Qatari mediators played a crucial role in arranging these talks');
    }
    expect(rows.map((row) => row.mediatorName)).toEqual(['Egypt', 'Qatar']);
  },
  proposals: (rows) => {
    // The United States' proposals are its envoy's: Witkoff holds a role in it.
    expect(rows.map((row) => row.proposal)).toEqual(['proposal:witkoff-ceasefire-proposal']);
    const [row] = rows;
    expect(row).toMatchObject({
      title: 'Witkoff ceasefire proposal',
      status: 'proposed',
      proposers: [{ id: 'person:steve-witkoff', name: 'Steve Witkoff' }],
      addressees: [{ id: 'org:hamas', name: 'Hamas' }],
      demandedBy: [],
      rejectedBy: [],
      about: ['event:hostages-held-in-gaza', 'event:israel-hamas-ceasefire'],
    });
    expect(row?.terms).toEqual([
      expect.objectContaining({
        id: 'term:witkoff-half-hostages-for-extension',
        kind: 'exchange',
        text: 'Hamas releases half of its remaining hostages',
        inExchangeFor: ['a ceasefire extension', 'a promise to negotiate a lasting truce'],
        binds: ['org:hamas'],
      }),
      expect.objectContaining({ id: 'term:witkoff-omits-palestinian-prisoners', kind: 'omission', binds: ['org:israel'] }),
    ]);
    expect(row?.evidence).toContain('Ceasefire Proposal | Hamas to release half of hostages in exchange for ceasefire extension.');
  },
  claims: (rows) => {
    expect(rows.map((row) => row.claim)).toEqual([
      'claim:hostage-bodies-in-gaza',
      'claim:living-hostages-in-gaza',
      'claim:october-7-death-toll',
      'claim:us-hostages-declared-dead',
      'claim:witkoff-half-of-hostages',
    ]);
    const byId = new Map(rows.map((row) => [row.claim, row]));
    expect(byId.get('claim:living-hostages-in-gaza')).toMatchObject({
      figure: 'about 24',
      qualifier: 'about',
      value: 24,
      unit: 'living hostages held in Gaza',
    });
    expect(ids(byId.get('claim:living-hostages-in-gaza')?.sources)).toEqual(['org:israeli-officials']);
    expect(ids(byId.get('claim:living-hostages-in-gaza')?.about)).toEqual(['event:hostages-held-in-gaza']);
    expect(byId.get('claim:october-7-death-toll')).toMatchObject({ figure: 'over 1,200', qualifier: 'over', value: 1200, sources: [] });
    expect(byId.get('claim:october-7-death-toll')?.evidence).toEqual(['This attack resulted in the deaths of over 1,200 people']);
    expect(byId.get('claim:witkoff-half-of-hostages')).toMatchObject({ value: 0.5, qualifier: 'half' });
    expect(ids(byId.get('claim:us-hostages-declared-dead')?.about)).toEqual([
      'event:hostages-held-in-gaza',
      'event:us-hostages-declared-dead',
    ]);
  },
  // The seed alone gives one figure per subject and unit; test/integration/many-sources.test.ts loads disagreeing ones.
  'claim-disagreements': (rows) => {
    expect(rows).toEqual([]);
  },
  'article-texts': (rows) => {
    expect(rows.map((row) => row.id)).toEqual([articleId]);
    expect(rows[0]!.text).toBe(articleText.join(''));
  },
  'facts-for-entity': (rows) => {
    expect(rows).toHaveLength(12);
    // Mentions first, then relations out of the node, then into it.
    const order = rows.map((row) => ['mention', 'out', 'in'].indexOf(String(row.direction)));
    expect(order).toEqual([...order].sort());
    expect(rows.filter((row) => row.direction === 'mention')).toHaveLength(4);
    expect(rows).toContainEqual(
      expect.objectContaining({
        direction: 'out',
        relation: 'HOLDS_ROLE',
        otherId: 'org:united-states',
        title: 'nominee to be special envoy for hostage affairs',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        direction: 'out',
        relation: 'PARTICIPATED_IN',
        otherId: 'event:us-hamas-direct-talks',
        role: 'lead negotiator',
        side: 'org:united-states',
      }),
    );
    for (const row of rows) {
      expect(row.article).toBe(articleId);
      expect(textAt(Number(row.quoteStart), Number(row.quoteEnd))).toBe(row.quote);
    }
  },
  statements: (rows) => {
    expect(rows.map((row) => row.statement).sort()).toEqual([
      'statement:hamas-official-step-promising',
      'statement:hamas-square-one',
      'statement:leavitt-dialogue',
      'statement:trump-finish-the-job',
      'statement:trump-last-warning',
      'statement:us-talk-to-anyone',
    ]);
    // The only dated statement (after the talks) comes first; undated ones follow in id order.
    expect(rows[0]).toMatchObject({
      statement: 'statement:hamas-official-step-promising',
      paraphrase: true,
      earliest: '2023-10-07',
      datePrecision: 'unknown',
    });
    expect(rows.slice(1).map((row) => row.statement)).toEqual(
      rows
        .slice(1)
        .map((row) => row.statement)
        .sort(),
    );
    const warning = rows.find((row) => row.statement === 'statement:trump-last-warning');
    expect(warning).toMatchObject({
      quote: 'last warning',
      medium: 'Truth Social',
      paraphrase: false,
      speakers: [{ id: 'person:donald-trump', name: 'Donald Trump' }],
    });
    expect(ids(warning?.about)).toEqual(['event:hostages-held-in-gaza', 'org:hamas']);
    for (const row of rows) {
      expect(row.article).toBe(articleId);
      expect(textAt(Number(row.quoteStart), Number(row.quoteEnd))).toBe(row.quote);
    }
  },
  'evidence-check': (rows) => {
    // Every stored quote of the seed matches the article at its offsets.
    expect(rows).toEqual([]);
  },

  // The API's files: the same graph, checked with the same facts.
  timeline: (rows) => {
    expect(rows).toHaveLength(18);
    const keys = rows.map((row): [string, string, number, string] => [
      String(row.earliestKey),
      String(row.latestKey),
      Number(row.sequence),
      idOf(row.event) ?? '',
    ]);
    const sorted = [...keys].sort((a, b) =>
      a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] !== b[2] ? a[2] - b[2] : a[3] < b[3] ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
    expect(keys.slice(0, 3).map((key) => key[3])).toEqual([
      'event:hamas-terrorist-designation',
      'event:abraham-accords',
      'event:october-7-raid',
    ]);
    const position = (id: string) => keys.findIndex((key) => key[3] === id);
    expect(position('event:us-hamas-direct-talks')).toBeGreaterThan(position('event:october-7-raid'));
    expect(position('event:leavitt-remarks')).toBeGreaterThan(position('event:us-hamas-direct-talks'));
    expect(keys[0]?.slice(0, 2)).toEqual(['1997-01-01', '1997-12-31']);
  },
  'timeline-of-actor': (rows) => {
    // Hamas's events in timeline order (the rows timeline.cypher gives for the same actor: checked below).
    expect(rows.map((row) => idOf(row.event))).toEqual([
      'event:hamas-terrorist-designation',
      'event:october-7-raid',
      'event:gaza-war',
      'event:us-hamas-direct-talks',
      'event:israel-hamas-ceasefire',
      'event:ceasefire-negotiations',
      'event:hamas-rejects-truce-extension',
      'event:hostages-held-in-gaza',
      'event:trump-last-warning',
    ]);
  },
  negotiations: (rows) => {
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(idOf(row?.actor)).toBe('person:adam-boehler');
    expect(idOf(row?.counterpart)).toBe('org:hamas');
    const bases = row?.bases as PlainValue[];
    expect(bases.map((basis) => idOf(field(basis, 'basis')))).toEqual(['event:us-hamas-direct-talks']);
    const mediators = (field(bases[0], 'mediators') as PlainValue[]).map((mediator) => idOf(field(mediator, 'actor')));
    expect([...new Set(mediators)].sort()).toEqual(['org:egypt', 'org:qatar']);
  },
  'negotiation-network': (rows) => {
    // Rolled up: Boehler and Witkoff count for the United States.
    expect(rows.map((row) => [row.source, row.target])).toEqual(
      expect.arrayContaining([
        ['org:hamas', 'org:united-states'],
        ['org:hamas', 'org:israel'],
      ]),
    );
    expect(rows).toHaveLength(2);
    const usHamas = rows.find((row) => row.target === 'org:united-states');
    expect(usHamas).toMatchObject({
      weight: 2,
      events: ['event:us-hamas-direct-talks'],
      proposals: ['proposal:witkoff-ceasefire-proposal'],
    });
    expect(rows.find((row) => row.target === 'org:israel')).toMatchObject({ events: ['event:ceasefire-negotiations'] });
  },
  connection: (rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const path = (row.nodes as PlainValue[]).map((node) => idOf(node));
      expect(path[0]).toBe('person:donald-trump');
      expect(path[path.length - 1]).toBe('org:hamas');
      // Shortest paths: all of one length, two steps (Trump spoke at his warning to Hamas; his statement is about Hamas).
      expect(path).toHaveLength(3);
      for (const relation of row.relations as PlainValue[]) expectEvidence(relation);
    }
    expect(rows.map((row) => idOf((row.nodes as PlainValue[])[1]))).toEqual(
      expect.arrayContaining(['event:trump-last-warning', 'statement:trump-last-warning']),
    );
  },
  neighborhood: (rows) => {
    expect(rows).toHaveLength(1);
    const nodes = rows[0]?.nodes as PlainValue[];
    const distance = new Map(nodes.map((entry) => [idOf(field(entry, 'node')), field(entry, 'distance')]));
    expect(distance.get('person:adam-boehler')).toBe(0);
    expect(distance.get('org:united-states')).toBe(1);
    expect(distance.get('event:us-hamas-direct-talks')).toBe(1);
    expect(distance.get('org:hamas')).toBe(2);
    expect(Math.max(...[...distance.values()].map(Number))).toBeLessThanOrEqual(2);
    const relations = rows[0]?.relations as PlainValue[];
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      expectEvidence(relation);
      expect(distance.has(String(field(relation, 'source')))).toBe(true);
      expect(distance.has(String(field(relation, 'target')))).toBe(true);
    }
  },
  search: (rows) => {
    expect(rows[0]?.id).toBe('person:adam-boehler');
    expect(Number(rows[0]?.score)).toBeGreaterThan(0);
  },
  'search-all': (rows) => {
    // The Example asks for events and proposals only: the ceasefire events by title, the Witkoff proposal by title.
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:israel-hamas-ceasefire',
        'event:ceasefire-first-phase',
        'event:ceasefire-negotiations',
        'proposal:witkoff-ceasefire-proposal',
      ]),
    );
    expect(ids.every((id) => /^(event|proposal):/.test(String(id)))).toBe(true);
    expect(rows.find((row) => row.id === 'proposal:witkoff-ceasefire-proposal')?.field).toBe('title');
  },
  'subject-of-by-node': (rows) => {
    expect(rows.map((row) => `${String(row.id)} ${String(row.about)}`)).toEqual([
      'event:hostages-held-in-gaza claim:hostage-bodies-in-gaza',
      'event:hostages-held-in-gaza claim:living-hostages-in-gaza',
      'event:hostages-held-in-gaza claim:us-hostages-declared-dead',
      'event:hostages-held-in-gaza proposal:witkoff-ceasefire-proposal',
      'event:hostages-held-in-gaza statement:trump-last-warning',
      'org:hamas statement:trump-last-warning',
    ]);
    expect(field(rows[0]?.node, 'figure')).toBe('at least 35');
  },
  'proposal-list': (rows) => {
    expect(rows.map((row) => idOf(row.proposal))).toEqual(['proposal:witkoff-ceasefire-proposal']);
    expect(field(rows[0]?.proposal, 'status')).toBe('proposed');
  },
  'proposal-list-count': (rows) => {
    expect(rows).toEqual([{ total: 1 }]);
  },
  'statement-list': (rows) => {
    expect(rows.map((row) => idOf(row.statement))).toEqual(['statement:trump-finish-the-job', 'statement:trump-last-warning']);
  },
  'statement-list-count': (rows) => {
    expect(rows).toEqual([{ total: 6 }]);
  },
  'claim-list': (rows) => {
    expect(rows.map((row) => idOf(row.claim))).toEqual([
      'claim:hostage-bodies-in-gaza',
      'claim:living-hostages-in-gaza',
      'claim:us-hostages-declared-dead',
    ]);
  },
  'claim-list-count': (rows) => {
    expect(rows).toEqual([{ total: 3 }]);
  },
  'entities-by-id': (rows) => {
    expect(rows.map((row) => row.id)).toEqual([
      'person:adam-boehler',
      'org:hamas',
      'event:us-hamas-direct-talks',
      'article:us-hamas-direct-talks',
    ]);
    expect(field(rows[0]?.node, 'name')).toBe('Adam Boehler');
    expect(field(rows[2]?.node, 'kind')).toBe('talks');
    expect(field(rows[3]?.node, 'text') ?? null).toBeNull();
  },
  'entity-events-participants': (rows) => {
    expect(rows).toHaveLength(1);
    expect(idOf(rows[0]?.node)).toBe('org:hamas');
    const events = (rows[0]?.events ?? []) as Row[];
    const eventIds = events.map((entry) => idOf(entry.event));
    expect(eventIds).toEqual(expect.arrayContaining(['event:october-7-raid', 'event:us-hamas-direct-talks']));
    // Each event's participants include Hamas itself, since these are Hamas's events.
    for (const entry of events)
      expect(((entry.participants ?? []) as Row[]).map((participant) => idOf(participant.actor))).toContain('org:hamas');
    const talks = events.find((entry) => idOf(entry.event) === 'event:us-hamas-direct-talks');
    expect(((talks?.participants ?? []) as Row[]).map((participant) => idOf(participant.actor)).sort()).toEqual([
      'org:egypt',
      'org:hamas',
      'org:qatar',
      'org:united-states',
      'person:adam-boehler',
    ]);
    const raid = events.find((entry) => idOf(entry.event) === 'event:october-7-raid');
    expect(field(raid?.relation, 'role')).toBe('attacker');
    for (const entry of events) expectEvidence(entry.relation);
  },
  'events-by-actor': (rows) => {
    expect(links(rows, 'event')).toEqual([
      'org:egypt event:egypt-qatar-mediation',
      'org:egypt event:us-hamas-direct-talks',
      'person:adam-boehler event:abraham-accords',
      'person:adam-boehler event:boehler-nomination',
      'person:adam-boehler event:us-hamas-direct-talks',
    ]);
    const talks = rows.find((row) => row.id === 'person:adam-boehler' && idOf(row.event) === 'event:us-hamas-direct-talks');
    expect(talks?.relation).toMatchObject({ role: 'lead negotiator', side: 'org:united-states' });
    for (const row of rows) expectEvidence(row.relation);
  },
  'participants-by-event': (rows) => {
    expect(links(rows, 'actor')).toEqual([
      'event:october-7-raid org:hamas',
      'event:october-7-raid org:israel',
      'event:us-hamas-direct-talks org:egypt',
      'event:us-hamas-direct-talks org:hamas',
      'event:us-hamas-direct-talks org:qatar',
      'event:us-hamas-direct-talks org:united-states',
      'event:us-hamas-direct-talks person:adam-boehler',
    ]);
    const role = (event: string, actor: string) =>
      field(rows.find((row) => row.id === event && idOf(row.actor) === actor)?.relation, 'role');
    expect(role('event:october-7-raid', 'org:hamas')).toBe('attacker');
    expect(role('event:us-hamas-direct-talks', 'org:qatar')).toBe('mediator');
    for (const row of rows) expectEvidence(row.relation);
  },
  'roles-by-person': (rows) => {
    expect(links(rows, 'organization')).toEqual(['person:adam-boehler org:united-states', 'person:karoline-leavitt org:white-house']);
    expect(field(rows.find((row) => row.id === 'person:karoline-leavitt')?.relation, 'title')).toBe('White House press secretary');
    for (const row of rows) expectEvidence(row.relation);
  },
  'affiliations-by-organization': (rows) => {
    // Members are members-by-organization's: an organization's affiliations are the organizations it links to.
    expect(links(rows, 'other', 'link')).toEqual([
      'org:united-states part org:state-department',
      'org:united-states part org:white-house',
      'org:white-house partOf org:united-states',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'members-by-organization': (rows) => {
    expect(links(rows, 'person')).toEqual([
      'org:united-states person:adam-boehler',
      'org:united-states person:donald-trump',
      'org:united-states person:steve-witkoff',
      'org:white-house person:karoline-leavitt',
    ]);
    expect(field(rows.find((row) => row.id === 'org:white-house')?.relation, 'title')).toBe('White House press secretary');
    for (const row of rows) expectEvidence(row.relation);
  },
  'list-sizes': (rows) => {
    // The same counts as events-by-actor's rows: Boehler took part in three events, Hamas in more.
    expect(rows.map((row) => [row.id, Number(row.total)])).toEqual([
      ['org:hamas', expect.any(Number)],
      ['person:adam-boehler', 3],
    ]);
    expect(Number(rows[0]?.total)).toBeGreaterThan(3);
  },
  'proposals-by-actor': (rows) => {
    expect(links(rows, 'proposal', 'type')).toEqual([
      'org:hamas ADDRESSED_TO proposal:witkoff-ceasefire-proposal',
      'org:hamas DEMANDED proposal:hamas-demand-lasting-peace-talks',
      'org:hamas REJECTED proposal:calls-to-extend-truce',
      'person:steve-witkoff PROPOSED proposal:witkoff-ceasefire-proposal',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'parties-by-proposal': (rows) => {
    expect(links(rows, 'actor', 'type')).toEqual([
      'proposal:calls-to-extend-truce REJECTED org:hamas',
      'proposal:witkoff-ceasefire-proposal ADDRESSED_TO org:hamas',
      'proposal:witkoff-ceasefire-proposal PROPOSED person:steve-witkoff',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'parties-by-term': (rows) => {
    expect(links(rows, 'actor', 'type')).toEqual([
      'term:hamas-immediate-lasting-peace-negotiations DEMANDED org:hamas',
      'term:witkoff-half-hostages-for-extension BINDS org:hamas',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'terms-by-proposal': (rows) => {
    expect(links(rows, 'term')).toEqual([
      'proposal:witkoff-ceasefire-proposal term:witkoff-half-hostages-for-extension',
      'proposal:witkoff-ceasefire-proposal term:witkoff-omits-palestinian-prisoners',
    ]);
    expect(rows.map((row) => field(row.term, 'kind')).sort()).toEqual(['exchange', 'omission']);
    for (const row of rows) expectEvidence(row.relation);
  },
  'claims-by-actor': (rows) => {
    expect(links(rows, 'claim')).toEqual([
      'org:israeli-officials claim:hostage-bodies-in-gaza',
      'org:israeli-officials claim:living-hostages-in-gaza',
      'org:israeli-officials claim:us-hostages-declared-dead',
    ]);
    expect(rows.map((row) => field(row.claim, 'figure')).sort()).toEqual(['Four', 'about 24', 'at least 35']);
    for (const row of rows) expectEvidence(row.relation);
  },
  'sources-by-claim': (rows) => {
    expect(links(rows, 'actor')).toEqual([
      'claim:hostage-bodies-in-gaza org:israeli-officials',
      'claim:living-hostages-in-gaza org:israeli-officials',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'statements-by-actor': (rows) => {
    expect(links(rows, 'statement')).toEqual([
      'org:hamas statement:hamas-square-one',
      'person:donald-trump statement:trump-finish-the-job',
      'person:donald-trump statement:trump-last-warning',
    ]);
    expect(field(rows.find((row) => idOf(row.statement) === 'statement:trump-last-warning')?.statement, 'medium')).toBe('Truth Social');
    for (const row of rows) expectEvidence(row.relation);
  },
  'speakers-by-statement': (rows) => {
    expect(links(rows, 'actor')).toEqual([
      'statement:hamas-official-step-promising person:hamas-official',
      'statement:trump-last-warning person:donald-trump',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'subjects-by-node': (rows) => {
    expect(links(rows, 'subject')).toEqual([
      'claim:october-7-death-toll event:october-7-raid',
      'proposal:witkoff-ceasefire-proposal event:hostages-held-in-gaza',
      'proposal:witkoff-ceasefire-proposal event:israel-hamas-ceasefire',
      'statement:trump-last-warning event:hostages-held-in-gaza',
      'statement:trump-last-warning org:hamas',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'links-by-event': (rows) => {
    expect(links(rows, 'other', 'type')).toEqual([
      'event:october-7-raid FOLLOWED event:us-hamas-direct-talks',
      'event:october-7-raid OCCURRED_IN place:southern-israel',
      'event:october-7-raid TRIGGERED event:gaza-war',
      'event:us-hamas-direct-talks FOLLOWED event:hamas-terrorist-designation',
      'event:us-hamas-direct-talks FOLLOWED event:leavitt-remarks',
      'event:us-hamas-direct-talks FOLLOWED event:netanyahu-office-acknowledgement',
      'event:us-hamas-direct-talks FOLLOWED event:october-7-raid',
      'event:us-hamas-direct-talks TRIGGERED event:egypt-qatar-mediation',
    ]);
    const raid = rows.find((row) => row.id === 'event:us-hamas-direct-talks' && idOf(row.other) === 'event:october-7-raid');
    expect(raid?.outgoing).toBe(true);
    for (const row of rows) expectEvidence(row.relation);
  },
  'accounts-by-node': (rows) => {
    // The seed alone: one account per node, the seed's own values and quotes.
    expect(rows.map((row) => row.id)).toEqual(['event:us-hamas-direct-talks', 'org:hamas']);
    const [talks, hamas] = rows.map((row) => row.relation as Record<string, unknown>);
    expect(hamas).toMatchObject({ article: 'article:us-hamas-direct-talks', subject: 'org:hamas', name: 'Hamas' });
    expect(String(hamas?.description)).toMatch(/^Islamist group, designated a terrorist organization/);
    expect(talks).toMatchObject({ subject: 'event:us-hamas-direct-talks', dateText: 'recent', datePrecision: 'unknown' });
    expect(rows.map((row) => row.published)).toEqual([null, null]);
    for (const row of rows) expectEvidence(row.relation);
  },
  articles: (rows) => {
    // The seed alone: its one article, its text left out of the listing.
    expect(rows.map((row) => field(row.article, 'id'))).toEqual(['article:us-hamas-direct-talks']);
    expect(rows[0]?.rank).toBe('9999-12-31|article:us-hamas-direct-talks');
    expect(field(rows[0]?.article, 'text')).toBeNull();
  },
  'events-by-place': (rows) => {
    expect(links(rows, 'event')).toEqual([
      'place:gaza event:gaza-war',
      'place:gaza event:hostages-held-in-gaza',
      'place:gaza event:israel-hamas-ceasefire',
      'place:southern-israel event:october-7-raid',
    ]);
    for (const row of rows) expectEvidence(row.relation);
  },
  'evidence-by-node': (rows) => {
    expect(rows.map((row) => row.id).sort()).toEqual(['org:qatar', 'person:adam-boehler']);
    for (const row of rows) expectEvidence(row.relation);
  },
  'evidence-by-fact': (rows) => {
    // Qatar's mediation of the talks, as the seed states it: one source, its four passages at their offsets.
    expect(rows.map((row) => row.id)).toEqual(['org:qatar|PARTICIPATED_IN|event:us-hamas-direct-talks']);
    for (const row of rows) expectEvidence(row.relation);
    expect(field(rows[0]?.relation, 'evidence')).toContain('Egyptian and Qatari mediators played a crucial role in arranging these talks');
  },
};

describe('every file of cypher/queries, run with its example against the seed', () => {
  const names = queryFileNames();

  it('has files, and an expectation for each of them and for no other', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(expectations).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(names)('%s', async (name) => {
    const expectation = expectations[name];
    if (expectation === undefined) {
      throw new Error(
        `cypher/queries/${name}.cypher has no expectation in test/integration/cypher-queries.test.ts: say what its example must return`,
      );
    }
    const file = loadQueryFile(name);
    expectation(await runQueryFile(db, file, file.example));
  });
});

describe("the researchers' files with other parameters", () => {
  const run = (name: string, params: Record<string, unknown>) => runQueryFile(db, loadQueryFile(name), params);

  it("timeline-of-actor: timeline's rows for the same actor, in every mode, range, kind, page and with participants", async () => {
    const { cells, cornerCells, ...example } = loadQueryFile('timeline').example;
    let compared = 0;
    for (const actorId of ['org:hamas', 'person:adam-boehler', 'org:nobody'])
      for (const match of ['WITHIN', 'STARTS_IN', 'OVERLAPS'])
        for (const [from, to] of [
          [null, null],
          ['2025-01-01', null],
          [null, '2024-12-31'],
          ['2025-03-01', '2025-03-31'],
        ])
          for (const kinds of actorId === 'org:hamas' ? [null, ['talks', 'negotiation']] : [null]) {
            const params = { ...example, actorId, match, from, to, kinds, participantsLimit: 3, participantsBrief: true };
            const rows = await run('timeline-of-actor', params);
            expect({ params, rows }).toEqual({ params, rows: await run('timeline', { ...params, cells, cornerCells }) });
            // And the page after the second row.
            const second = rows[1];
            if (second) {
              const after = { earliest: second.earliestKey, latest: second.latestKey, sequence: second.sequence, id: idOf(second.event) };
              const page = { ...params, after, limit: 2 };
              expect(await run('timeline-of-actor', page)).toEqual(await run('timeline', { ...page, cells, cornerCells }));
            }
            compared += rows.length;
          }
    expect(compared).toBeGreaterThan(50);
  });

  it("timeline: an event with a latest day and no earliest is in an actor's timeline, and in no date range, as without an actor", async () => {
    // Dated only as before a dated event, as the loader dates such an event; the seed has none, so one is added.
    const id = 'event:test-dated-by-its-end';
    await db.write(
      `MATCH (qatar:Node {id: 'org:qatar'})
       CREATE (qatar)-[:PARTICIPATED_IN {role: 'mediator', key: 'org:qatar|PARTICIPATED_IN|' + $id, sources: 1}]->
              (:Node:Event {id: $id, kind: 'talks', title: 'Talks dated only by their end', latest: date('2025-02-01')})`,
      { id },
    );
    try {
      const { cells, cornerCells, ...example } = loadQueryFile('timeline').example;
      const events = async (name: string, params: Record<string, unknown>) =>
        (await run(name, { ...example, ...(name === 'timeline' ? { cells, cornerCells } : {}), limit: 100, ...params })).map((row) =>
          idOf(row.event),
        );
      expect(await events('timeline-of-actor', { actorId: 'org:qatar' })).toContain(id);
      for (const match of ['WITHIN', 'STARTS_IN', 'OVERLAPS']) {
        const range = { from: '2025-01-01', to: null, match };
        expect(await events('timeline', range)).not.toContain(id);
        expect(await events('timeline', { ...range, actorId: 'org:qatar' })).not.toContain(id);
        expect(await events('timeline-of-actor', { ...range, actorId: 'org:qatar' })).not.toContain(id);
      }
    } finally {
      await db.write('MATCH (e:Event {id: $id}) DETACH DELETE e', { id });
    }
  });

  it('mediators: one negotiation, or none where no mediator is recorded', async () => {
    expect((await run('mediators', { negotiationId: 'event:us-hamas-direct-talks', limit: 10 })).map((row) => row.mediator)).toEqual([
      'org:egypt',
      'org:qatar',
    ]);
    expect(await run('mediators', { negotiationId: 'event:ceasefire-negotiations', limit: 10 })).toEqual([]);
    expect(await run('mediators', { negotiationId: 'event:october-7-raid', limit: 10 })).toEqual([]);
  });

  it('proposals: one proposal, all of them, or those of one actor', async () => {
    const rejected = await run('proposals', { proposalId: 'proposal:calls-to-extend-truce', limit: 10 });
    expect(rejected).toEqual([
      expect.objectContaining({ status: 'rejected', rejectedBy: [{ id: 'org:hamas', name: 'Hamas' }], proposers: [] }),
    ]);
    expect((await run('proposals', { limit: 10 })).map((row) => row.proposal)).toHaveLength(3);
    expect((await run('proposals', { actorId: 'org:hamas', limit: 10 })).map((row) => row.proposal).sort()).toEqual([
      'proposal:calls-to-extend-truce',
      'proposal:hamas-demand-lasting-peace-talks',
      'proposal:witkoff-ceasefire-proposal',
    ]);
    expect(await run('proposals', { actorId: 'org:qatar', limit: 10 })).toEqual([]);
  });

  it('claims: the figures about one event', async () => {
    expect((await run('claims', { aboutId: 'event:hostages-held-in-gaza', limit: 10 })).map((row) => row.figure)).toEqual([
      'at least 35',
      'about 24',
      'Four',
    ]);
  });

  it('statements: one speaker', async () => {
    expect((await run('statements', { speakerId: 'person:donald-trump', limit: 10 })).map((row) => row.statement)).toEqual([
      'statement:trump-finish-the-job',
      'statement:trump-last-warning',
    ]);
  });

  it('facts-for-entity: an unknown id has no facts, and the limit holds', async () => {
    expect(await run('facts-for-entity', { id: 'person:nobody', limit: 10 })).toEqual([]);
    expect(await run('facts-for-entity', { id: 'org:hamas', limit: 5 })).toHaveLength(5);
  });

  describe('evidence-check', () => {
    const article = 'article:test-research-evidence-check';
    const node = 'person:test-research-evidence-check';

    afterEach(async () => {
      await db.write('MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n', { ids: [article, node] });
      await db.write('MATCH (e:Evidence {article: $article}) DELETE e', { article });
    });

    it('reports a quote whose offsets point elsewhere, and lists that differ in length', async () => {
      await db.write(
        `CREATE (a:Node:Article {id: $article, text: 'Adam met Hamas.'})
         CREATE (p:Node:Entity:Person {id: $node, name: 'Test'})
         CREATE (p)-[:MENTIONED_IN {article: $article, evidence: ['Adam', 'Hamas'], evidenceStart: [0, 8], evidenceEnd: [4, 13]}]->(a)
         CREATE (:Evidence {key: 'k', fact: 'f', from: $node, type: 'PARTICIPATED_IN', to: 'event:x', article: $article, evidence: ['met'], evidenceStart: [5], evidenceEnd: []})`,
        { article, node },
      );
      const rows = await run('evidence-check', { articleId: article, limit: 10 });
      expect(rows.map((row) => [row.relation, row.index, row.quote, row.found, row.problem])).toEqual([
        ['MENTIONED_IN', 1, 'Hamas', ' Hama', 'the text at the offsets is not the quote'],
        ['PARTICIPATED_IN', 0, 'met', null, 'evidence, evidenceStart and evidenceEnd are empty or differ in length'],
      ]);
    });
  });
});
