import { checkReferences, declareIds, declareReferences, type NodeEntry, type RelationEntry } from '../../../src/ingest/references';
import type { AnnotationNode, AnnotationRelation } from '../../../src/ingest/types';

const evidence = ['quote'];
const nodes: AnnotationNode[] = [
  { id: 'person:boehler', type: 'Person', name: 'Adam Boehler', evidence },
  { id: 'org:us', type: 'Organization', name: 'United States', kind: 'state', evidence },
  { id: 'org:hamas', type: 'Organization', name: 'Hamas', kind: 'armed group', evidence },
  {
    id: 'event:talks',
    type: 'Event',
    kind: 'talks',
    title: 'Talks',
    summary: 'Talks',
    date: { text: null, precision: 'unknown', after: ['event:raid'] },
    evidence,
  },
  {
    id: 'event:raid',
    type: 'Event',
    kind: 'attack',
    title: 'Raid',
    summary: 'Raid',
    date: { text: 'October 7, 2023', precision: 'day', value: '2023-10-07' },
    evidence,
  },
  { id: 'term:half', type: 'Term', kind: 'exchange', text: 'half of the hostages', evidence },
  { id: 'proposal:undated', type: 'Proposal', title: 'P', status: 'proposed', summary: 'P', evidence },
];
const entry = (index: number) => `nodes[${index}] (${nodes[index]?.id ?? '?'})`;

function check(relations: Partial<AnnotationRelation>[], extraNodes: AnnotationNode[] = []): string[] {
  const all = [...nodes, ...extraNodes];
  const { declared, problems } = declareIds(all, (index) => `nodes[${index}] (${all[index]?.id ?? '?'})`);
  const nodeEntries: NodeEntry[] = all.map((node, index) => ({ entry: `nodes[${index}] (${node.id})`, node }));
  const relationEntries: RelationEntry[] = relations.map((relation, index) => ({
    entry: `relations[${index}]`,
    relation: { evidence, ...relation } as AnnotationRelation,
  }));
  return [...problems, ...checkReferences(nodeEntries, relationEntries, declared)].map((problem) => `${problem.entry}: ${problem.reason}`);
}

describe('checkReferences', () => {
  it('accepts relations between declared nodes of the types the table allows', () => {
    expect(
      check([
        { type: 'PARTICIPATED_IN', from: 'person:boehler', to: 'event:talks', role: 'lead negotiator', side: 'org:us' },
        { type: 'HOLDS_ROLE', from: 'person:boehler', to: 'org:us', title: 'envoy' },
        { type: 'BINDS', from: 'term:half', to: 'org:hamas' },
        { type: 'ABOUT', from: 'proposal:undated', to: 'term:half' },
        { type: 'FOLLOWED', from: 'event:talks', to: 'event:raid' },
      ]),
    ).toEqual([]);
  });

  it('refuses an id that is not declared, wherever it is used', () => {
    expect(
      check(
        [{ type: 'PARTICIPATED_IN', from: 'person:nobody', to: 'event:talks', role: 'party', side: 'org:nowhere' }],
        [
          {
            id: 'event:later',
            type: 'Event',
            kind: 'talks',
            title: 'T',
            summary: 'S',
            date: { text: null, precision: 'unknown', before: ['event:never'] },
            evidence,
          },
        ],
      ),
    ).toEqual([
      'nodes[7] (event:later): date.before[0]: "event:never" is not declared in this file (nor listed in references)',
      'relations[0]: from: "person:nobody" is not declared in this file (nor listed in references)',
      'relations[0]: side: "org:nowhere" is not declared in this file (nor listed in references)',
    ]);
  });

  it('refuses ends of the wrong type, saying what the relation allows', () => {
    expect(
      check([
        { type: 'BINDS', from: 'term:half', to: 'event:raid' },
        { type: 'PARTICIPATED_IN', from: 'event:raid', to: 'org:hamas', role: 'party' },
        { type: 'HOLDS_ROLE', from: 'org:us', to: 'person:boehler' },
      ]),
    ).toEqual([
      'relations[0]: to: BINDS ends at Person or Organization, got Event event:raid',
      'relations[1]: from: PARTICIPATED_IN starts at Person or Organization, got Event event:raid',
      'relations[1]: to: PARTICIPATED_IN ends at Event, got Organization org:hamas',
      'relations[2]: from: HOLDS_ROLE starts at Person, got Organization org:us',
      'relations[2]: to: HOLDS_ROLE ends at Organization, got Person person:boehler',
    ]);
  });

  it('refuses properties on relations that do not take them, a missing role, a side that is not an actor', () => {
    expect(
      check([
        { type: 'HOLDS_ROLE', from: 'person:boehler', to: 'org:us', role: 'party', table: 'org:us' },
        { type: 'PARTICIPATED_IN', from: 'org:us', to: 'event:talks', title: 'x' },
        { type: 'PARTICIPATED_IN', from: 'org:hamas', to: 'event:talks', role: 'party', side: 'event:raid' },
      ]),
    ).toEqual([
      'relations[0]: role: only PARTICIPATED_IN takes a role',
      'relations[0]: table: only PARTICIPATED_IN takes a table',
      'relations[1]: title: only HOLDS_ROLE takes a title',
      'relations[1]: role: required for PARTICIPATED_IN (party, lead negotiator, mediator, ...), but missing',
      'relations[2]: side: expected a Person or Organization, got Event event:raid',
    ]);
  });

  it('refuses a duplicate id, a duplicate (from, type, to) and a relation from a node to itself', () => {
    expect(
      check(
        [
          { type: 'PART_OF', from: 'org:us', to: 'org:hamas' },
          { type: 'PART_OF', from: 'org:us', to: 'org:hamas' },
          { type: 'PART_OF', from: 'org:us', to: 'org:us' },
        ],
        [{ id: 'org:hamas', type: 'Organization', name: 'Hamas again', kind: 'armed group', evidence }],
      ),
    ).toEqual([
      `nodes[7] (org:hamas): id: "org:hamas" is already declared by ${entry(2)}`,
      'relations[1]: the same (from, type, to) as relations[0]: one relationship per article; merge their evidence into one entry',
      'relations[2]: to: the same node as from',
    ]);
  });

  it('refuses after/before that name a node without a date', () => {
    expect(
      check(
        [],
        [
          {
            id: 'event:x',
            type: 'Event',
            kind: 'talks',
            title: 'T',
            summary: 'S',
            date: { text: null, precision: 'unknown', after: ['org:us', 'proposal:undated'] },
            evidence,
          },
        ],
      ),
    ).toEqual([
      'nodes[7] (event:x): date.after[0]: org:us has no date to order by (only an Event, or a Proposal or Statement with a date, has one)',
      'nodes[7] (event:x): date.after[1]: proposal:undated has no date to order by (only an Event, or a Proposal or Statement with a date, has one)',
    ]);
  });
});

describe('declareReferences', () => {
  const graph = new Map([['event:raid-elsewhere', { type: 'Event' as const, interval: { earliest: '2023-10-07', latest: '2023-10-07' } }]]);
  const withReferences = (references: string[], known?: typeof graph) => {
    const { declared } = declareIds(nodes, entry);
    const problems = declareReferences(references, declared, known);
    return { declared, reasons: problems.map((problem) => `${problem.entry}: ${problem.reason}`) };
  };

  it('lets relations and dates point at a node of the graph the file does not declare', () => {
    const { declared, reasons } = withReferences(['event:raid-elsewhere'], graph);
    expect(reasons).toEqual([]);
    const later: NodeEntry = {
      entry: 'nodes[7] (event:later)',
      node: {
        id: 'event:later',
        type: 'Event',
        kind: 'talks',
        title: 'T',
        summary: 'T',
        date: { text: null, precision: 'unknown', after: ['event:raid-elsewhere'] },
        evidence,
      },
    };
    const relation: RelationEntry = {
      entry: 'relations[0]',
      relation: { type: 'FOLLOWED', from: 'event:talks', to: 'event:raid-elsewhere', evidence },
    };
    expect(checkReferences([later], [relation], declared)).toEqual([]);
  });

  it('refuses a reference the graph does not hold, and one the file also declares', () => {
    expect(withReferences(['event:nowhere', 'org:hamas'], graph).reasons).toEqual([
      'references[0]: "event:nowhere" is not in the graph: load the article that declares it first, or declare it here',
      'references[1]: "org:hamas" is declared by nodes[2] (org:hamas): a node is either declared here or referenced, not both',
    ]);
  });
});
