import fs from 'node:fs';
import { idGrammar, maxIdLength, seedFiles } from '../../../src/ingest';
import { idPrefix } from '../../../src/ingest/model';
import { checkSchema } from '../../../src/ingest/schema';
import { nodeAt, seedAnnotations } from '../../fixtures/annotations';

/** Ids the audit loaded through the prefix-only check: Cypher text, upper case, a zero-width space, a trailing space, 300 characters. */
const mangled = [
  "person:x'}) DETACH DELETE n //",
  'person:Adam-Boehler',
  'person:adam\u200b-boehler',
  'person:adam-boehler ',
  `person:${'a'.repeat(293)}`,
];

describe('one id grammar', () => {
  it('is the grammar every id pattern of the annotation schema states', () => {
    const schema = JSON.parse(fs.readFileSync(seedFiles.annotations.replace(/[^/]+$/, 'annotations.schema.json'), 'utf8')) as {
      definitions: Record<string, { properties?: { id?: { pattern?: string; maxLength?: number } }; pattern?: string; maxLength?: number }>;
    };
    const tail = idGrammar.source.slice(idGrammar.source.indexOf(':'));
    expect(`^(${Object.values(idPrefix).join('|')}|article)${tail}`).toBe(idGrammar.source);
    expect(schema.definitions.id).toMatchObject({ maxLength: maxIdLength, pattern: `^(${Object.values(idPrefix).join('|')})${tail}` });
    for (const [type, prefix] of Object.entries(idPrefix)) {
      const branch = schema.definitions[type.toLowerCase()];
      expect(branch?.properties?.id).toEqual({ type: 'string', maxLength: maxIdLength, pattern: `^${prefix}${tail}` });
    }
  });

  it.each(mangled)('refuses the node id %j, naming it with invisible characters shown', (id) => {
    const doc = seedAnnotations();
    const { index } = nodeAt(doc, 'person:adam-boehler');
    doc.nodes[index]!.id = id;
    const reasons = checkSchema(doc).problems.map((problem) => problem.reason);
    expect(reasons.length).toBeGreaterThan(0);
    const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 79)}…` : id).replace('\u200b', '\\u200b');
    expect(reasons.join('\n')).toContain(`got ${id.length > maxIdLength ? `${id.length}: ` : ''}${shown}`);
  });

  it('names the mangled id a relation points at', () => {
    const doc = seedAnnotations();
    const index = doc.relations.findIndex((relation) => relation.from === 'person:adam-boehler');
    doc.relations[index]!.from = 'person:adam\u200b-boehler';
    expect(checkSchema(doc).problems.map((problem) => `${problem.entry}: ${problem.reason}`)).toEqual([
      expect.stringContaining(
        `from: expected an id "<prefix>:<lower-case-words-joined-by-hyphens>", the prefix one of person, org, place, event, proposal, term, statement, claim, got "person:adam\\u200b-boehler"`,
      ),
    ]);
  });
});
