import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticles, unloadArticle, type AnnotationFile } from '../../src/ingest';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * A fact many articles state: 23 short reports, each of a different day of April 2025, say in their own sentence
 * that Qatar mediated the direct US-Hamas talks, which the seed says too. The relation stays one fact with 24
 * sources; its evidence shows the first 5 by default, more when asked, and its evidenceConnection pages through
 * all 24 exactly once, in resolution order (the earliest published first, the undated seed last), with a
 * totalCount equal to a direct count of its Evidence records. Every view of the relation (the event's
 * participants, the actor's events, a negotiation's mediators, a graph edge) answers alike.
 */
// Declared before seededServer's hooks, so that it runs while the driver is still open (afterAll hooks run in order).
afterAll(async () => {
  for (const id of reports) await unloadArticle(api.db, id);
  fs.rmSync(dir, { recursive: true, force: true });
});
const api = seededServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-sources-'));
const seed = 'article:us-hamas-direct-talks';
const talks = 'event:us-hamas-direct-talks';
const fact = `org:qatar|PARTICIPATED_IN|${talks}`;
const reports = Array.from({ length: 23 }, (_, i) => `article:test-mediation-report-${String(i + 1).padStart(2, '0')}`);
const reportSentence = (i: number) =>
  `Report ${i + 1}: Qatari officials again helped broker the direct talks between Washington and Hamas.`;

type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

function writeReport(i: number): { annotations: string } {
  const textFile = `report-${i + 1}.txt`;
  fs.writeFileSync(path.join(dir, textFile), `${reportSentence(i)} Nothing else was disclosed.`);
  const doc: AnnotationFile = {
    article: {
      id: reports[i]!,
      title: `Mediation report ${i + 1}`,
      textFile,
      source: 'written for this test',
      published: `2025-04-${String(i + 1).padStart(2, '0')}`,
    },
    references: ['org:qatar', talks],
    nodes: [],
    relations: [{ type: 'PARTICIPATED_IN', from: 'org:qatar', to: talks, role: 'mediator', evidence: [reportSentence(i)] }],
  };
  const annotations = path.join(dir, `report-${i + 1}.annotations.json`);
  fs.writeFileSync(annotations, JSON.stringify(doc));
  return { annotations };
}

beforeAll(async () => {
  for (const id of reports) await unloadArticle(api.db, id);
  const results = await loadArticles(
    api.db,
    reports.map((_, i) => writeReport(i)),
  );
  expect(results.filter((result) => 'error' in result)).toEqual([]);
});

/** The articles in resolution order: the dated reports by day, then the undated seed. */
const inRankOrder = [...reports, seed];

const qatarMediation = `participants(roles: ["mediator"]) { actor { ... on Organization { id } } SELECTION }`;

async function mediation(selection: string): Promise<Data> {
  const data = await ask(`{ entity(id: "${talks}") { ... on Event { ${qatarMediation.replace('SELECTION', selection)} } } }`);
  const found = (data.entity.participants as Data[]).find((participation) => participation.actor.id === 'org:qatar');
  if (!found) throw new Error('Qatar is not among the mediators of the talks');
  return found;
}

const articlesOf = (evidence: Data[]) => [...new Set(evidence.map((quote) => quote.articleId as string))];

describe('a fact stated by more articles than a page', () => {
  it('is one relation that counts its sources as the graph does', async () => {
    const [row] = await api.db.read('MATCH (ev:Evidence {fact: $fact}) RETURN count(ev) AS count', { fact });
    expect(Number(row?.count)).toBe(24);
    const [relations] = await api.db.read(
      'MATCH (:Organization {id: "org:qatar"})-[r:PARTICIPATED_IN]->(:Event {id: $talks}) RETURN count(r) AS count, max(r.sources) AS sources',
      { talks },
    );
    expect([Number(relations?.count), Number(relations?.sources)]).toEqual([1, 24]);
    expect((await mediation('sources')).sources).toBe(24);
  });

  it('shows the quotes of the first 5 sources by default, in resolution order, and all of them when asked', async () => {
    const byDefault = await mediation('evidence { articleId quote }');
    expect(articlesOf(byDefault.evidence)).toEqual(inRankOrder.slice(0, 5));
    expect(byDefault.evidence[0]).toEqual({ articleId: reports[0], quote: reportSentence(0) });
    const all = await mediation('evidence(first: 100) { articleId quote start end passage(context: 0) { quote } }');
    expect(articlesOf(all.evidence)).toEqual(inRankOrder);
    // The seed gives four quotes of its own; each report one, at the offsets of its text.
    expect(all.evidence).toHaveLength(23 + 4);
    for (const quote of all.evidence) expect(quote.passage.quote).toBe(quote.quote);
    const twentyOne = await mediation('evidence(first: 21) { articleId }');
    expect(articlesOf(twentyOne.evidence)).toEqual(inRankOrder.slice(0, 21));
  });

  it('pages through every source exactly once, with a totalCount equal to the direct count', async () => {
    const seen: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data = await ask(
        `query($after: String) { entity(id: "${talks}") { ... on Event { ${qatarMediation.replace(
          'SELECTION',
          'evidenceConnection(first: 5, after: $after) { totalCount edges { cursor node { articleId article { id published } evidence { quote } } } pageInfo { hasNextPage endCursor } }',
        )} } } }`,
        { after },
      );
      const connection = (data.entity.participants as Data[]).find((participation) => participation.actor.id === 'org:qatar')!
        .evidenceConnection as Data;
      totals.push(connection.totalCount);
      for (const edge of connection.edges as Data[]) {
        expect(edge.node.article.id).toBe(edge.node.articleId);
        expect(edge.node.evidence.length).toBeGreaterThan(0);
        seen.push(edge.node.articleId);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(inRankOrder);
    expect(totals).toEqual([24, 24, 24, 24, 24]);
  });

  it('answers alike from every view of the relation', async () => {
    const data = await ask(`{
      entity(id: "org:qatar") { ... on Organization { events(first: 100) { event { id } role sources evidence(first: 1) { articleId } } } }
      negotiations(actorId: "org:hamas") { counterpart { ... on Organization { id } } mediators { actor { ... on Organization { id } } event { id } sources evidenceConnection(first: 1) { totalCount } } }
      neighborhood(id: "org:qatar", depth: 1) { edges { type source target sources evidence(first: 1) { articleId } } }
    }`);
    const participation = (data.entity.events as Data[]).find((event) => event.event.id === talks);
    expect(participation).toMatchObject({ role: 'mediator', sources: 24, evidence: [{ articleId: reports[0] }] });
    const mediators = (data.negotiations as Data[])
      .flatMap((negotiation) => negotiation.mediators as Data[])
      .filter((mediator) => mediator.actor.id === 'org:qatar' && mediator.event.id === talks);
    expect(mediators.length).toBeGreaterThan(0);
    for (const mediator of mediators) expect(mediator).toMatchObject({ sources: 24, evidenceConnection: { totalCount: 24 } });
    const edge = (data.neighborhood.edges as Data[]).find((found) => found.type === 'PARTICIPATED_IN' && found.target === talks);
    expect(edge).toMatchObject({ source: 'org:qatar', sources: 24, evidence: [{ articleId: reports[0] }] });
    // A fact only the seed states keeps its one source.
    const egypt = await ask(
      `{ entity(id: "${talks}") { ... on Event { participants(roles: ["mediator"]) { actor { ... on Organization { id } } sources evidenceConnection { totalCount edges { node { articleId } } } } } } }`,
    );
    const egyptMediation = (egypt.entity.participants as Data[]).find((participation) => participation.actor.id === 'org:egypt');
    expect(egyptMediation).toMatchObject({ sources: 1, evidenceConnection: { totalCount: 1, edges: [{ node: { articleId: seed } }] } });
  });

  it('refuses a page size or cursor out of range, naming the argument', async () => {
    for (const [selection, argument] of [
      ['evidence(first: 0) { quote }', 'first'],
      ['evidence(first: 101) { quote }', 'first'],
      ['evidenceConnection(first: 5, after: "not-a-cursor") { totalCount }', 'after'],
    ] as const) {
      const response = await postGraphql(
        api.server.url,
        `{ entity(id: "${talks}") { ... on Event { ${qatarMediation.replace('SELECTION', selection)} } } }`,
      );
      const [error] = response.body.errors ?? [];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain(argument);
    }
  });
});
