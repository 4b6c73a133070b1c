import type { Plan } from 'neo4j-driver';
import { growSyntheticGraph } from '../../src/bench';
import { applySchema, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { loadQueryFile, queryFileNames } from '../../src/research';
import { testDatabase } from '../support/database';
import { removeSyntheticGraph } from '../support/syntheticGraph';

/**
 * Every query file of cypher/queries planned (EXPLAIN, with its header's example parameters) on a synthetic graph
 * with the real schema: none may read every node, and none may scan a label where an index or the id constraint
 * should find its starting nodes. A dropped index shows here as a failure, before any benchmark.
 */

/**
 * The files whose label or type scan is the intended answer: how many scans of each label (or relationship type)
 * each may plan, and why. Anything else that scans fails the test, and so does one scan more than allowed.
 */
const labelScanAllowed: Record<string, { scans: Record<string, number>; why: string }> = {
  // Undated events have no earliest to seek on; the file reads them only for the last page of an unbounded timeline.
  timeline: { scans: { Event: 1 }, why: 'the undated events of the last page' },
  // Without an article id the check lists every article: the whole corpus is the question.
  'evidence-check': { scans: { Article: 1 }, why: 'checks every article when no id is given' },
  // Lists of everything of a kind, filtered only optionally: reading the label is the answer.
  claims: { scans: { Claim: 1 }, why: 'lists every claim when no aboutId is given' },
  'claim-disagreements': { scans: { Claim: 1 }, why: 'compares every claim with every other about the same subject' },
  proposals: { scans: { Proposal: 1 }, why: 'lists every proposal when no actor is given' },
  statements: { scans: { Statement: 1 }, why: 'lists every statement when no speaker is given' },
  // The API's list counts (totalCount): without a node filter, how many pass is a question about every one.
  'proposal-list-count': { scans: { Proposal: 1 }, why: 'counts every proposal when no node filter is given' },
  'statement-list-count': { scans: { Statement: 1 }, why: 'counts every statement when no node filter is given' },
  'claim-list-count': { scans: { Claim: 1 }, why: 'counts every claim when no node filter is given' },
  // Every negotiating pair of the graph: all proposals addressed to anyone are part of the answer.
  'negotiation-network': { scans: { ADDRESSED_TO: 1 }, why: 'the whole network: every proposal addressed to anyone' },
};

interface Scan {
  operator: string;
  details: string;
}

/** The scans of a plan, depth first: AllNodesScan always counts; NodeByLabelScan and its relationship twins too. */
function scans(plan: Plan): Scan[] {
  const operator = plan.operatorType.split('@')[0] ?? plan.operatorType;
  const own =
    /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)$/.test(
      operator,
    )
      ? [{ operator, details: plan.arguments.Details ?? '' }]
      : [];
  return [...own, ...plan.children.flatMap(scans)];
}

/** The label or type a scan reads (`e:Event` -> Event, `(a)-[r:ADDRESSED_TO]->(b)` -> ADDRESSED_TO). */
const scanned = (scan: Scan) => /:([A-Za-z_]+)/.exec(scan.details)?.[1] ?? '';

function violations(file: string, plan: Plan): string[] {
  const left = { ...(labelScanAllowed[file]?.scans ?? {}) };
  return scans(plan)
    .filter((scan) => {
      const label = scanned(scan);
      if (scan.operator === 'AllNodesScan' || !left[label]) return true;
      left[label] -= 1;
      return false;
    })
    .map((scan) => `${file}: ${scan.operator} ${scan.details}`);
}

async function planOf(db: Database, file: string): Promise<Plan> {
  const query = loadQueryFile(file);
  const plan = await db.explain(query.text, query.example);
  if (!plan) throw new Error(`${file}: Neo4j gave no plan`);
  return plan;
}

let db: Database;
const removeSynthetic = async () => {
  await removeSyntheticGraph(db);
  await db.write(`MATCH (e:Evidence) WHERE e.key STARTS WITH 'plan-test-' DELETE e`);
};

beforeAll(async () => {
  db = testDatabase();
  await applySchema(db);
  await loadArticle(db, seedFiles);
  await removeSynthetic();
  // Evidence as a corpus holds it (one per fact and article): the synthetic generator writes none.
  await db.write(
    `UNWIND range(0, 19999) AS i CREATE (:Evidence {key: 'plan-test-' + i, fact: 'plan-test-fact-' + (i % 5000), article: 'article:plan-test-' + (i % 2000), rank: toString(i)})`,
  );
  // Enough nodes that the planner weighs an index against a scan as it would on a real corpus.
  await growSyntheticGraph(db, { actors: 0, articles: 0, events: 0 }, { actors: 500, articles: 500, events: 5_000 }, () => {});
  await db.schema('CALL db.awaitIndexes(300)');
}, 300_000);

afterAll(async () => {
  await removeSynthetic();
  await db.close();
});

describe('query plans of cypher/queries', () => {
  const files = queryFileNames();

  it('covers every query file', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('start every query from an index, never from every node or a whole label (outside the allow-list)', async () => {
    const found: string[] = [];
    for (const file of files) found.push(...violations(file, await planOf(db, file)));
    expect(found).toEqual([]);
  }, 120_000);

  it('keep the allow-list honest: every file on it still scans the label it names', async () => {
    for (const [file, allowed] of Object.entries(labelScanAllowed)) {
      const labels = scans(await planOf(db, file)).map(scanned);
      expect({ file, scans: Object.keys(allowed.scans).every((label) => labels.includes(label)) }).toEqual({ file, scans: true });
    }
  });

  it('fails when an index the queries need is dropped', async () => {
    try {
      await db.schema('DROP INDEX event_earliest IF EXISTS');
      // Timeline's one allowed scan of Event (undated events) is not enough once the dated ones need a scan too.
      const found = violations('timeline', await planOf(db, 'timeline'));
      expect(found.some((violation) => violation.includes(':Event'))).toBe(true);
    } finally {
      await applySchema(db);
      await db.schema('CALL db.awaitIndexes(300)');
    }
    expect(violations('timeline', await planOf(db, 'timeline'))).toEqual([]);
  }, 120_000);
});
