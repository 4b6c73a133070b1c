import { QueryLibrary } from '../../src/db';
import { displayPath } from '../../src/ingest/issues';
import {
  AnnotationError,
  ingestQueriesDir,
  ingestQueryNames,
  loadArticle,
  prepareArticle,
  seedFiles,
  writeArticle,
  type AnnotationFile,
} from '../../src/ingest';
import { nodeAt, relationAt, seedAnnotations, tempFolder, writeAnnotations } from '../fixtures/annotations';
import { expectSameGraph, graphSnapshot, removeArticles, type GraphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';

const db = testDatabase();
const folder = tempFolder('load-errors-');
const article = 'article:us-hamas-direct-talks';
let loaded: GraphSnapshot;

beforeAll(async () => {
  await removeArticles(db, [article]);
  await loadArticle(db, seedFiles);
  loaded = await graphSnapshot(db);
});

afterAll(async () => {
  await removeArticles(db, [article]);
  await db.close();
  folder.cleanup();
});

/** Breaks a deep copy of the seed annotations with `edit`, tries to load it, and returns the report. */
async function refusedLoad(name: string, edit: (doc: AnnotationFile) => void): Promise<{ file: string; error: AnnotationError }> {
  const doc = seedAnnotations();
  edit(doc);
  const file = writeAnnotations(folder.dir, name, doc);
  const error = await loadArticle(db, { annotations: file }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AnnotationError)) throw new Error(`expected ${name} to be refused, got ${String(error)}`);
  return { file: displayPath(file), error };
}

async function expectUnchanged(): Promise<void> {
  expectSameGraph(await graphSnapshot(db), loaded);
}

describe('a broken annotation file is refused with a clear message and writes nothing', () => {
  const doc = seedAnnotations();
  const participation = relationAt(doc, 'PARTICIPATED_IN', 'person:adam-boehler', 'event:us-hamas-direct-talks');
  const raid = nodeAt(doc, 'event:october-7-raid');
  const binds = relationAt(doc, 'BINDS', 'term:witkoff-half-hostages-for-extension', 'org:hamas');

  it.each<[string, (doc: AnnotationFile) => void, string]>([
    [
      'an unknown reference',
      (d) => {
        d.relations[participation.index]!.to = 'event:secret-talks';
      },
      `relations[${participation.index}] (PARTICIPATED_IN person:adam-boehler -> event:secret-talks): to: "event:secret-talks" is not declared in this file (nor listed in references)`,
    ],
    [
      'a quote not in the text',
      (d) => {
        nodeAt(d, 'event:october-7-raid').node.evidence.push('a raid by Hamas on October 8, 2023');
      },
      `nodes[${raid.index}] (event:october-7-raid): evidence[${raid.node.evidence.length}]: "a raid by Hamas on October 8, 2023" does not occur in the article text`,
    ],
    [
      'a date that is not in the calendar',
      (d) => {
        (nodeAt(d, 'event:october-7-raid').node as { date: { value: string } }).date.value = '2023-02-30';
      },
      `nodes[${raid.index}] (event:october-7-raid): date.value: expected a calendar date, got "2023-02-30" (February 2023 has 28 days)`,
    ],
    [
      'a duplicate id',
      (d) => {
        d.nodes.push({ ...structuredClone(nodeAt(d, 'org:hamas').node), name: 'Hamas (again)' } as never);
      },
      `nodes[${doc.nodes.length}] (org:hamas): id: "org:hamas" is already declared by nodes[${nodeAt(doc, 'org:hamas').index}] (org:hamas)`,
    ],
    [
      'an unknown node type',
      (d) => {
        (d.nodes[0] as { type: string }).type = 'Persn';
      },
      'nodes[0] (person:karoline-leavitt): type: expected one of Person, Organization, Place, Event, Proposal, Term, Statement, Claim, got "Persn"',
    ],
    [
      'a number where a string is due',
      (d) => {
        (d.nodes[0] as { name: unknown }).name = 1200;
      },
      'nodes[0] (person:karoline-leavitt): name: expected a string, got 1200',
    ],
    [
      'a relation ending at a node of the wrong type',
      (d) => {
        d.relations[binds.index]!.to = 'event:gaza-war';
      },
      `relations[${binds.index}] (BINDS term:witkoff-half-hostages-for-extension -> event:gaza-war): to: BINDS ends at Person or Organization, got Event event:gaza-war`,
    ],
  ])('refuses %s', async (_what, edit, reason) => {
    const name = `${_what.replace(/\W+/g, '-')}.json`;
    const { file, error } = await refusedLoad(name, edit);
    expect(error.issues.map((issue) => `${issue.file}: ${issue.entry}: ${issue.reason}`)).toEqual([`${file}: ${reason}`]);
    expect(error.message).toBe(`refused ${file}: 1 error, nothing written\n  ${file}: ${reason}`);
    await expectUnchanged();
  });

  it('reports all the problems of a file at once', async () => {
    const { error } = await refusedLoad('many.json', (d) => {
      d.relations[participation.index]!.to = 'event:secret-talks';
      (nodeAt(d, 'event:october-7-raid').node as { date: { value: string } }).date.value = '2023-02-30';
      (d.nodes[0] as { type: string }).type = 'Persn';
    });
    expect(error.issues.map((issue) => issue.entry)).toEqual([
      'nodes[0] (person:karoline-leavitt)',
      `nodes[${raid.index}] (event:october-7-raid)`,
      `relations[${participation.index}] (PARTICIPATED_IN person:adam-boehler -> event:secret-talks)`,
    ]);
    await expectUnchanged();
  });

  it('rolls the whole load back when a statement fails inside the transaction', async () => {
    const edited = seedAnnotations();
    nodeAt(edited, 'org:hamas').node.evidence.push('Hamas accuses Israel');
    const prepared = prepareArticle({ annotations: writeAnnotations(folder.dir, 'edited.json', edited) });
    const real = QueryLibrary.load(ingestQueryNames, ingestQueriesDir);
    // The nodes and mentions are written before the facts; a failing relation statement must undo them.
    const failing = {
      get: (name: string) => (name === 'merge-facts' ? 'UNWIND $facts AS row RETURN 1 / 0 AS boom' : real.get(name)),
    } as QueryLibrary;
    await expect(writeArticle(db, prepared, { queries: failing })).rejects.toThrow(/by zero/);
    await expectUnchanged();
  });
});
