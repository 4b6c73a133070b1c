import neo4j from 'neo4j-driver';
import {
  displayName,
  toActor,
  toAffiliation,
  toEdge,
  toEventLink,
  toEvidence,
  toGraph,
  toNegotiation,
  toNegotiationEdge,
  toNode,
  toTypedLink,
} from '../../../src/graphql/mapping';
import { proposalRelations } from '../../../src/graphql/linkKinds';

const relation = {
  article: 'article:a',
  evidence: ['Adam Boehler led the talks', 'Boehler led them'],
  evidenceStart: [10, 50],
  evidenceEnd: [36, 66],
};
/** A fact relationship as the batch files return it: its properties, its key, how many articles state it. */
const fact = (key: string, properties: Record<string, unknown> = {}) => ({ ...properties, key, sources: 2 });
const boehler = { id: 'person:adam-boehler', labels: ['Node', 'Entity', 'Person'], name: 'Adam Boehler', aliases: ['Boehler'] };
const hamas = { id: 'org:hamas', labels: ['Node', 'Entity', 'Organization'], name: 'Hamas', kind: 'armed group' };
const qatar = { id: 'org:qatar', labels: ['Node', 'Entity', 'Organization'], name: 'Qatar' };
const talks = {
  id: 'event:talks',
  labels: ['Node', 'Event'],
  kind: 'talks',
  title: 'Talks',
  dateText: 'recent',
  datePrecision: 'unknown',
  earliest: new neo4j.types.Date(2023, 10, 7),
};

describe('mapping query rows to models', () => {
  it('zips evidence lists into quotes with offsets and article', () => {
    expect(toEvidence(relation)).toEqual([
      { quote: 'Adam Boehler led the talks', start: 10, end: 36, articleId: 'article:a' },
      { quote: 'Boehler led them', start: 50, end: 66, articleId: 'article:a' },
    ]);
    expect(toEvidence({})).toEqual([]);
  });

  it('types nodes by label, with fuzzy dates as ISO strings and open bounds as null', () => {
    expect(toNode(boehler)).toEqual({
      __typename: 'Person',
      id: 'person:adam-boehler',
      name: 'Adam Boehler',
      aliases: ['Boehler'],
      description: null,
      unnamed: false,
    });
    expect(toNode(talks)).toEqual({
      __typename: 'Event',
      id: 'event:talks',
      kind: 'talks',
      title: 'Talks',
      summary: null,
      date: { text: 'recent', precision: 'unknown', earliest: '2023-10-07', latest: null, basis: null },
    });
    expect(toNode({ id: 'proposal:p', labels: ['Node', 'Proposal'], title: 'P' })).toMatchObject({
      __typename: 'Proposal',
      date: null,
      status: null,
    });
    expect(toNode({ id: 'claim:c', labels: ['Node', 'Claim'], figure: 'about 24', value: 24, unit: 'hostages' })).toMatchObject({
      __typename: 'Claim',
      value: 24,
    });
    expect(
      toNode({
        id: 'article:a',
        labels: ['Node', 'Article'],
        title: 'A',
        text: null,
        published: new neo4j.types.Date(2025, 3, 6),
        retrieved: new neo4j.types.Date(2025, 3, 7),
        language: 'en',
      }),
    ).toEqual({
      __typename: 'Article',
      id: 'article:a',
      title: 'A',
      source: null,
      published: '2025-03-06',
      publisher: null,
      url: null,
      retrieved: '2025-03-07',
      language: 'en',
    });
  });

  it('maps a brief node (cypher/include/node-map.cypher) to its type, id and the name or title it has, marked brief', () => {
    expect(toNode({ id: 'org:qatar', labels: qatar.labels, name: 'Qatar', title: null, brief: true })).toEqual({
      __typename: 'Organization',
      id: 'org:qatar',
      name: 'Qatar',
      brief: true,
    });
    expect(toNode({ id: 'event:talks', labels: talks.labels, name: null, title: 'Direct talks', brief: true })).toEqual({
      __typename: 'Event',
      id: 'event:talks',
      title: 'Direct talks',
      brief: true,
    });
  });

  it('refuses rows that break the contract of the query files', () => {
    expect(() => toNode({ id: 'x:1', labels: ['Node', 'Mystery'] })).toThrow('expected x:1 to carry one of the labels');
    expect(() => toNode({ id: 'person:x', labels: ['Person'] })).toThrow('expected person:x to have a string name');
    expect(() => toActor(talks)).toThrow('expected event:talks to be a Person or Organization, got a Event');
    expect(() => toNode({ ...talks, datePrecision: 'decade' })).toThrow('date precision');
  });

  it('tells which list a link of a query that returns several belongs to', () => {
    const cause = { ...talks, id: 'event:cause' };
    const relation = fact('event:talks|TRIGGERED|event:cause');
    expect(toEventLink({ type: 'TRIGGERED', outgoing: false, other: cause, relation }).kind).toBe('causes');
    expect(toEventLink({ type: 'TRIGGERED', outgoing: true, other: cause, relation }).kind).toBe('consequences');
    expect(toEventLink({ type: 'FOLLOWED', outgoing: true, other: cause, relation }).kind).toBe('follows');
    expect(toAffiliation({ link: 'part', other: qatar, relation }).kind).toBe('part');
    const proposal = { id: 'proposal:p', labels: ['Node', 'Proposal'], title: 'A deal' };
    expect(toTypedLink({ type: 'ADDRESSED_TO', proposal, relation }, 'proposal', proposalRelations).kind).toBe('ADDRESSED_TO');
    expect(() => toEventLink({ type: 'ABOUT', outgoing: true, other: cause, relation })).toThrow(
      'expected an event link of places, causes, consequences, follows, followedBy, partOf, parts, got ABOUT outgoing true',
    );
    expect(() => toAffiliation({ link: 'member', other: qatar, relation })).toThrow('expected an affiliation to be one of partOf, part');
    expect(() => toTypedLink({ type: 'BINDS', proposal, relation }, 'proposal', proposalRelations)).toThrow(
      'expected a relation type to be one of PROPOSED, ADDRESSED_TO, DEMANDED, REJECTED, got BINDS',
    );
  });

  it('captions nodes for graph views', () => {
    expect(displayName(toNode(boehler))).toBe('Adam Boehler');
    expect(displayName(toNode(talks))).toBe('Talks');
    expect(displayName(toNode({ id: 'claim:c', labels: ['Claim'], figure: 'about 24', unit: 'living hostages' }))).toBe(
      'about 24 living hostages',
    );
  });

  it('maps a negotiation row: each side, the mediators once per event, each fact behind it once', () => {
    const mediation = { actor: qatar, event: talks, relation: fact('org:qatar|PARTICIPATED_IN|event:talks', { role: 'mediator' }) };
    const negotiation = toNegotiation({
      actor: boehler,
      counterpart: hamas,
      bases: [
        {
          basis: talks,
          ours: [
            {
              actor: boehler,
              role: 'lead negotiator',
              side: 'org:us',
              relation: fact('person:adam-boehler|PARTICIPATED_IN|event:talks', { role: 'lead negotiator', side: 'org:us' }),
            },
          ],
          theirs: [
            { actor: hamas, role: 'party', side: 'org:hamas', relation: fact('org:hamas|PARTICIPATED_IN|event:talks', { role: 'party' }) },
          ],
          mediators: [mediation, mediation],
        },
      ],
    });
    expect(negotiation.roles.map((role) => [role.side, role.actor.id, role.role, role.event?.id, role.proposal])).toEqual([
      ['ACTOR', 'person:adam-boehler', 'lead negotiator', 'event:talks', null],
      ['COUNTERPART', 'org:hamas', 'party', 'event:talks', null],
    ]);
    expect(negotiation.mediators.map((m) => [m.actor.id, m.event.id, m.role])).toEqual([['org:qatar', 'event:talks', 'mediator']]);
    expect(negotiation.facts).toEqual([
      { fact: 'person:adam-boehler|PARTICIPATED_IN|event:talks', sources: 2 },
      { fact: 'org:hamas|PARTICIPATED_IN|event:talks', sources: 2 },
      { fact: 'org:qatar|PARTICIPATED_IN|event:talks', sources: 2 },
    ]);
    expect(negotiation.events.map((event) => event.id)).toEqual(['event:talks']);
  });

  it('maps network edges, paths and neighbourhoods', () => {
    const edge = toNegotiationEdge({
      sourceNode: hamas,
      targetNode: boehler,
      weight: 1,
      events: ['event:talks'],
      proposals: [],
      relations: [fact('org:hamas|PARTICIPATED_IN|event:talks'), fact('person:adam-boehler|PARTICIPATED_IN|event:talks')],
    });
    expect(edge).toMatchObject({ weight: 1, eventIds: ['event:talks'], proposalIds: [] });
    expect(edge.facts.map((behind) => behind.fact)).toEqual([
      'org:hamas|PARTICIPATED_IN|event:talks',
      'person:adam-boehler|PARTICIPATED_IN|event:talks',
    ]);
    const held = fact('person:adam-boehler|HOLDS_ROLE|org:us', {
      type: 'HOLDS_ROLE',
      source: 'person:adam-boehler',
      target: 'org:us',
      title: 'envoy',
    });
    expect(toEdge(held)).toMatchObject({
      type: 'HOLDS_ROLE',
      source: 'person:adam-boehler',
      target: 'org:us',
      title: 'envoy',
      role: null,
      sideId: null,
    });
    const graph = toGraph({
      nodes: [
        { node: hamas, distance: 2 },
        { node: talks, distance: 1 },
        { node: boehler, distance: 0 },
        { node: qatar, distance: 1 },
      ],
      relations: [held],
    });
    expect(graph.nodes.map((n) => [n.node.id, n.distance])).toEqual([
      ['person:adam-boehler', 0],
      ['event:talks', 1],
      ['org:qatar', 1],
      ['org:hamas', 2],
    ]);
  });
});
