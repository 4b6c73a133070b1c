import fs from 'node:fs';
import path from 'node:path';
import { AnnotationError, prepareArticle } from '../../../src/ingest';
import { findJsonSyntaxError } from '../../../src/ingest/jsonSyntax';
import { inputLimits } from '../../../src/ingest/limits';
import { checkSchema } from '../../../src/ingest/schema';
import { nodeAt, seedAnnotations, tempFolder, writeAnnotations } from '../../fixtures/annotations';

const folder = tempFolder('limits-');
afterAll(() => folder.cleanup());

/** The message prepareArticle refuses `doc` with. */
function refusal(doc: unknown, name = 'limits.json'): AnnotationError {
  try {
    prepareArticle({ annotations: writeAnnotations(folder.dir, name, doc) });
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const badPerson = (index: number) => ({ id: `person:bad-${index}`, type: 'Person', name: 42, evidence: ['not in the article'] });

describe('input bounds of the loader', () => {
  it('reports 200,000 unclosed brackets at a line and column, not as a stack overflow', () => {
    expect(findJsonSyntaxError(`{"nodes": ${'['.repeat(200_000)}`)).toEqual({
      line: 1,
      column: 10 + inputLimits.nesting,
      message: `at most ${inputLimits.nesting} levels of arrays and objects nested in one another, got more here`,
    });
    const error = refusal(`{"nodes":\n${'['.repeat(200_000)}`, 'brackets.json');
    expect(error.message).toContain(
      `brackets.json: line 2, column ${inputLimits.nesting}: invalid JSON: at most ${inputLimits.nesting} levels`,
    );
  });

  it('lists the first 100 problems of a file of junk, and says how many there are', () => {
    const doc = seedAnnotations();
    for (let index = 0; index < 500; index += 1) doc.nodes.push(badPerson(index) as never);
    const error = refusal(doc);
    const lines = error.message.split('\n');
    expect(lines[0]).toMatch(/^refused .*limits\.json: 500 errors, the first 100 listed, nothing written$/);
    expect(lines).toHaveLength(101);
    expect(error.issues).toHaveLength(100);
    expect(error.extensions.total).toBe(500);
  });

  it('checks 20,000 bad nodes in linear time (quadratic took minutes)', () => {
    const doc = seedAnnotations();
    for (let index = 0; index < 20_000; index += 1) doc.nodes.push(badPerson(index) as never);
    checkSchema(seedAnnotations());
    const started = performance.now();
    expect(checkSchema(doc).problems).toHaveLength(20_000);
    // About 1 s on a busy machine; the ajv concatenation this replaced needed over 200 s for 10,000.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('refuses a string longer than the field limit, naming where it is', () => {
    const doc = seedAnnotations();
    const { index } = nodeAt(doc, 'person:adam-boehler');
    Object.assign(doc.nodes[index]!, { description: 'x'.repeat(inputLimits.stringLength + 1) });
    expect(refusal(doc).issues).toEqual([
      expect.objectContaining({
        entry: `nodes[${index}].description`,
        reason: `expected at most ${inputLimits.stringLength} characters, got ${inputLimits.stringLength + 1}: "${'x'.repeat(39)}…"`,
      }),
    ]);
  });

  it('refuses an article with more entries than one transaction should hold, naming the limit and NEO4J_LOCAL_HEAP', () => {
    const doc = seedAnnotations();
    const extra = inputLimits.entries + 1 - doc.nodes.length - doc.relations.length;
    for (let index = 0; index < extra; index += 1) doc.nodes.push(badPerson(index) as never);
    const [issue] = refusal(doc).issues;
    expect(issue?.reason).toMatch(
      new RegExp(
        `^holds ${inputLimits.entries + 1} nodes and relations; one article may hold at most ${inputLimits.entries}\\..*NEO4J_LOCAL_HEAP`,
      ),
    );
  });

  it('refuses an annotation file over the size limit before reading it', () => {
    const file = path.join(folder.dir, 'huge.json');
    fs.writeFileSync(file, ' ');
    fs.truncateSync(file, inputLimits.annotationBytes + 1);
    expect(() => prepareArticle({ annotations: file })).toThrow(
      `huge.json: file: is ${inputLimits.annotationBytes + 1} bytes; an annotation file may have at most ${inputLimits.annotationBytes}`,
    );
  });
});
