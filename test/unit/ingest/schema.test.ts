import { checkSchema } from '../../../src/ingest/schema';
import { nodeAt, relationAt, seedAnnotations } from '../../fixtures/annotations';

/** The schema step's messages for a modified copy of the seed, as `entry: reason` lines. */
function messages(edit: (doc: ReturnType<typeof seedAnnotations>) => void): string[] {
  const doc = seedAnnotations();
  edit(doc);
  return checkSchema(doc).problems.map((problem) => `${problem.entry}: ${problem.reason}`);
}

describe('checkSchema', () => {
  it('accepts the seed annotations', () => {
    const doc = seedAnnotations();
    const result = checkSchema(doc);
    expect(result.problems).toEqual([]);
    expect(result.structureValid).toBe(true);
    expect(result.validNodes.size).toBe(doc.nodes.length);
  });

  it('reports an enum as "expected one of ..., got ...", naming the entry and the field', () => {
    const { index } = nodeAt(seedAnnotations(), 'event:gaza-war');
    expect(
      messages((doc) => {
        (doc.nodes[index] as { date: { precision: string } }).date.precision = 'decade';
      }),
    ).toEqual([`nodes[${index}] (event:gaza-war): date.precision: expected one of day, month, year, range, unknown, got "decade"`]);
  });

  it('checks a node against the branch its type names only', () => {
    const { index } = nodeAt(seedAnnotations(), 'person:karoline-leavitt');
    expect(
      messages((doc) => {
        Object.assign(doc.nodes[index]!, { name: 42, unnamed: 'no', descripton: 'typo' });
      }),
    ).toEqual([
      `nodes[${index}] (person:karoline-leavitt): descripton: unexpected property (allowed: id, type, name, aliases, description, unnamed, evidence)`,
      `nodes[${index}] (person:karoline-leavitt): name: expected a string, got 42`,
      `nodes[${index}] (person:karoline-leavitt): unnamed: expected true or false, got "no"`,
    ]);
  });

  it('says when a type is unknown, and nothing else about that node', () => {
    expect(messages((doc) => Object.assign(doc.nodes[0]!, { type: 'Persn', name: 1 }))).toEqual([
      'nodes[0] (person:karoline-leavitt): type: expected one of Person, Organization, Place, Event, Proposal, Term, Statement, Claim, got "Persn"',
    ]);
    expect(messages((doc) => delete (doc.nodes[0] as { type?: string }).type)).toEqual([
      'nodes[0] (person:karoline-leavitt): type: expected one of Person, Organization, Place, Event, Proposal, Term, Statement, Claim, got nothing',
    ]);
  });

  it('explains an id whose prefix does not match its type', () => {
    expect(messages((doc) => Object.assign(doc.nodes[0]!, { id: 'org:karoline-leavitt' }))).toEqual([
      'nodes[0] (org:karoline-leavitt): id: expected an id "person:" (the prefix of type Person) followed by lower-case words joined by hyphens, got "org:karoline-leavitt"',
    ]);
  });

  it('reports one message for an evidence item of neither form, and the right branch for the others', () => {
    const { index } = relationAt(seedAnnotations(), 'HOLDS_ROLE', 'person:karoline-leavitt', 'org:white-house');
    expect(
      messages((doc) => {
        doc.nodes[0]!.evidence.push(5 as never, 'ab', { quote: 'White House', occurrence: 0 });
        doc.relations[index]!.evidence = [];
      }),
    ).toEqual([
      'nodes[0] (person:karoline-leavitt): evidence[1]: expected a quote (a string) or {"quote": ..., "occurrence": n}, got 5',
      'nodes[0] (person:karoline-leavitt): evidence[2]: expected at least 3 characters, got "ab"',
      'nodes[0] (person:karoline-leavitt): evidence[3].occurrence: expected a number >= 1, got 0',
      `relations[${index}] (HOLDS_ROLE person:karoline-leavitt -> org:white-house): evidence: expected at least 1 item(s), got none`,
    ]);
  });

  it('names missing required properties and bad relation fields', () => {
    expect(
      messages((doc) => {
        delete (doc.nodes[0] as { name?: string }).name;
        Object.assign(doc.relations[0]!, { type: 'KNOWS', from: 'Leavitt' });
      }),
    ).toEqual([
      'nodes[0] (person:karoline-leavitt): name: required, but missing',
      expect.stringMatching(
        /^relations\[0\] \(KNOWS Leavitt -> org:white-house\): type: expected one of HOLDS_ROLE, PART_OF, .*, got "KNOWS"$/,
      ),
      'relations[0] (KNOWS Leavitt -> org:white-house): from: expected an id "<prefix>:<lower-case-words-joined-by-hyphens>", the prefix one of person, org, place, event, proposal, term, statement, claim, got "Leavitt"',
    ]);
  });

  it('keeps checking the other entries but marks the refused ones', () => {
    const doc = seedAnnotations();
    (doc.nodes[3] as { name: unknown }).name = null;
    (doc.relations[2] as { role: unknown }).role = 'spectator';
    const result = checkSchema(doc);
    expect(result.structureValid).toBe(true);
    expect(result.validNodes.has(3)).toBe(false);
    expect(result.validNodes.size).toBe(doc.nodes.length - 1);
    expect(result.validRelations.has(2)).toBe(false);
  });

  it('stops at a broken frame: not an object, no nodes array, a bad article', () => {
    expect(checkSchema([]).problems).toEqual([{ entry: 'document', reason: 'expected an object, got an array' }]);
    expect(checkSchema([]).structureValid).toBe(false);
    const noNodes = checkSchema({ article: seedAnnotations().article, relations: [] });
    expect(noNodes.problems).toEqual([{ entry: 'document', reason: 'nodes: required, but missing' }]);
    expect(noNodes.structureValid).toBe(false);
    const badArticle = seedAnnotations();
    badArticle.article.published = '6 March 2025';
    expect(checkSchema(badArticle).problems).toEqual([
      { entry: 'article', reason: 'published: expected a date YYYY-MM-DD, got "6 March 2025"' },
    ]);
    expect(checkSchema(badArticle).structureValid).toBe(false);
  });
});
