import path from 'node:path';
import { AnnotationError, prepareArticle, seedFiles, type PreparedArticle } from '../../../src/ingest';
import { displayPath } from '../../../src/ingest/issues';
import {
  nodeAt,
  relationAt,
  seedAnnotations,
  seedText,
  sliceCodePoints as slice,
  tempFolder,
  writeAnnotations,
} from '../../fixtures/annotations';

/** The report lines of the AnnotationError that preparing `file` throws. */
function refusal(files: Parameters<typeof prepareArticle>[0]): string[] {
  try {
    prepareArticle(files);
  } catch (error) {
    if (error instanceof AnnotationError) return error.issues.map((issue) => `${issue.file}: ${issue.entry}: ${issue.reason}`);
    throw error;
  }
  throw new Error('expected the files to be refused');
}

describe('prepareArticle on the seed', () => {
  let prepared: PreparedArticle;
  beforeAll(() => {
    prepared = prepareArticle(seedFiles);
  });

  it('finds no problem in the real seed annotations', () => {
    const doc = seedAnnotations();
    expect(prepared.articleId).toBe('article:us-hamas-direct-talks');
    expect(prepared.params.nodes).toHaveLength(doc.nodes.length);
    expect(prepared.params.facts).toHaveLength(doc.relations.length);
    expect(prepared.params.article.rank).toBe('9999-12-31|article:us-hamas-direct-talks');
    expect(prepared.params.article.textSha256).toBe('e34c60bad4b139aad16cd2ebadb1a350c640c13b7c0544879e236c8bf11b5a91');
    expect(prepared.params.article.published).toBeNull();
  });

  it('records offsets that slice every quote back out of the text', () => {
    const { facts, nodes } = prepared.params;
    for (const row of [...nodes, ...facts]) {
      row.evidence.forEach((quote, index) => expect(slice(seedText, row.evidenceStart[index]!, row.evidenceEnd[index]!)).toBe(quote));
    }
    for (const row of nodes.filter((node) => node.quoteStart !== null)) {
      expect(slice(seedText, row.quoteStart!, row.quoteEnd!)).toBe(row.props.quote);
    }
  });

  it("derives the talks' interval from the raid and the designation, open at the end", () => {
    const row = (id: string) => prepared.params.nodes.find((node) => node.id === id)!;
    expect(row('event:us-hamas-direct-talks')).toMatchObject({
      earliest: '2023-10-07',
      latest: null,
      props: { dateText: 'recent', datePrecision: 'unknown' },
    });
    expect(row('event:hamas-terrorist-designation')).toMatchObject({ earliest: '1997-01-01', latest: '1997-12-31' });
    expect(row('event:abraham-accords')).toMatchObject({ earliest: '2017-01-20', latest: '2021-01-20', props: { datePrecision: 'range' } });
    expect(row('event:egypt-qatar-mediation')).toMatchObject({ earliest: null, latest: null });
  });

  it('ranks each source date by the width of its interval, an open one last', () => {
    const rank = (id: string) => prepared.params.nodes.find((node) => node.id === id)!.dateRank;
    expect(rank('event:october-7-raid')).toBe('0000000|9999-12-31|article:us-hamas-direct-talks');
    expect(rank('event:hamas-terrorist-designation')).toBe('0000364|9999-12-31|article:us-hamas-direct-talks');
    expect(rank('event:us-hamas-direct-talks')).toBe('9999999|9999-12-31|article:us-hamas-direct-talks');
    expect(rank('org:hamas')).toBeNull();
  });

  it('gives entities their labels and aliases, and every type all its properties', () => {
    const hamas = prepared.params.nodes.find((node) => node.id === 'org:hamas')!;
    expect(hamas.labels).toEqual(['Organization', 'Entity']);
    expect(hamas.props).toEqual({ name: 'Hamas', kind: 'armed group', description: expect.any(String) });
    expect(hamas.aliases).toEqual(['the Islamist group', 'Islamist group']);
    expect(prepared.params.nodes.find((node) => node.id === 'claim:october-7-death-toll')!.aliases).toBeNull();
    expect(prepared.params.nodes.find((node) => node.id === 'proposal:witkoff-ceasefire-proposal')!.props).toMatchObject({
      datePrecision: null,
      dateText: null,
    });
  });
});

describe('prepareArticle on broken files', () => {
  const folder = tempFolder();
  afterAll(folder.cleanup);

  // The talks come after the raid, whose date is refused: their interval is not derived, so no second message.
  it('reports every problem of every step together, each naming file, entry and reason', () => {
    const doc = seedAnnotations();
    const raid = nodeAt(doc, 'event:october-7-raid');
    const binds = relationAt(doc, 'BINDS', 'term:witkoff-half-hostages-for-extension', 'org:hamas');
    (raid.node as { date: { value: string } }).date.value = '2023-02-30';
    doc.nodes[0]!.evidence[0] = 'Leavitt said nothing at all';
    (doc.nodes[1] as { name: unknown }).name = 7;
    binds.relation.to = 'event:gaza-war';
    doc.relations[0]!.to = 'org:nowhere';
    const file = writeAnnotations(folder.dir, 'broken.json', doc);
    const name = displayPath(file);
    expect(refusal({ annotations: file })).toEqual([
      `${name}: nodes[0] (person:karoline-leavitt): evidence[0]: "Leavitt said nothing at all" does not occur in the article text`,
      `${name}: nodes[1] (person:donald-trump): name: expected a string, got 7`,
      `${name}: nodes[${raid.index}] (event:october-7-raid): date.value: expected a calendar date, got "2023-02-30" (February 2023 has 28 days)`,
      `${name}: relations[0] (HOLDS_ROLE person:karoline-leavitt -> org:nowhere): to: "org:nowhere" is not declared in this file (nor listed in references)`,
      `${name}: relations[${binds.index}] (BINDS term:witkoff-half-hostages-for-extension -> event:gaza-war): to: BINDS ends at Person or Organization, got Event event:gaza-war`,
    ]);
  });

  it('puts the whole report in the message', () => {
    const doc = seedAnnotations();
    doc.nodes.push(structuredClone(doc.nodes[0]!));
    const file = writeAnnotations(folder.dir, 'duplicate.json', doc);
    expect(() => prepareArticle({ annotations: file })).toThrow(
      new RegExp(
        `^refused .*duplicate\\.json: 1 error, nothing written\\n  .*duplicate\\.json: nodes\\[${doc.nodes.length - 1}\\] \\(person:karoline-leavitt\\): id: "person:karoline-leavitt" is already declared by nodes\\[0\\] \\(person:karoline-leavitt\\)$`,
      ),
    );
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = JSON.stringify(seedAnnotations(), null, 2).replace('"Karoline Leavitt",', '"Karoline Leavitt",,');
    const file = writeAnnotations(folder.dir, 'syntax.json', text);
    expect(refusal({ annotations: file, article: seedFiles.article })).toEqual([
      expect.stringMatching(/syntax\.json: line 14, column 34: invalid JSON: expected a property name in double quotes, got ","$/),
    ]);
  });

  it('names a file it cannot read', () => {
    expect(refusal({ annotations: path.join(folder.dir, 'missing.json') })).toEqual([
      expect.stringMatching(/missing\.json: file: cannot be read: ENOENT/),
    ]);
    const file = writeAnnotations(folder.dir, 'ok.json', seedAnnotations());
    expect(refusal({ annotations: file, article: path.join(folder.dir, 'nope.txt') })).toEqual([
      expect.stringMatching(/nope\.txt: file: cannot be read: ENOENT/),
    ]);
  });

  it('checks the quotes against the article text it is given', () => {
    const file = writeAnnotations(folder.dir, 'other-text.json', seedAnnotations(), 'A different article.');
    expect(refusal({ annotations: file }).length).toBeGreaterThan(50);
    expect(prepareArticle({ annotations: file, article: seedFiles.article }).params.article.text).toBe(seedText);
  });
});

describe('a machine draft', () => {
  it('is refused unless the loader is told to accept drafts', () => {
    const folder = tempFolder('draft-marker-');
    try {
      const doc = {
        ...seedAnnotations(),
        draft: { generator: 'test', createdAt: '2025-01-01T00:00:00Z', review: { 'org:hamas': { confidence: 0.9 } } },
      };
      const file = writeAnnotations(folder.dir, 'draft.json', doc);
      expect(() => prepareArticle({ annotations: file })).toThrow(
        /draft: the file is a machine draft awaiting review: review it and delete its "draft" block, or load it with --accept-draft/,
      );
      expect(prepareArticle({ annotations: file }, undefined, { acceptDraft: true }).articleId).toBe('article:us-hamas-direct-talks');
    } finally {
      folder.cleanup();
    }
  });
});
