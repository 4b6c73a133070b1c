import { ArticleText, locateEvidence, locateQuote, resolveEvidence, type Passage } from '../../../src/ingest/evidence';
import { seedText, sliceCodePoints as slice } from '../../fixtures/annotations';

describe('evidence offsets', () => {
  const article = new ArticleText(seedText);

  it('finds a quote with the curly apostrophe and the ellipsis, and its offsets slice back to it', () => {
    const quote = 'do what’s in the best interest of the American people is something that the president… believes';
    const passage = locateEvidence(article, quote);
    expect(passage).toEqual({ quote, start: expect.any(Number), end: expect.any(Number) });
    const { start, end } = passage as { start: number; end: number };
    expect(end - start).toBe(Array.from(quote).length);
    expect(slice(seedText, start, end)).toBe(quote);
  });

  it('refuses a quote typed with a straight apostrophe or three dots, and says why it nearly matched', () => {
    expect(locateEvidence(article, "do what's in the best interest")).toMatch(
      /does not occur in the article text; it would with other quotation marks, apostrophes/,
    );
    expect(locateEvidence(article, 'the president... believes')).toMatch(/does not occur.*ellipses/);
    expect(locateEvidence(article, 'Hamas agreed to everything')).toBe('"Hamas agreed to everything" does not occur in the article text');
  });

  it('counts code points, not UTF-16 units, after a character outside the Basic Multilingual Plane', () => {
    const text = new ArticleText('😀 Hamas 𝔸nd the US 😀 talk');
    expect(locateEvidence(text, 'Hamas')).toEqual({ quote: 'Hamas', start: 2, end: 7 });
    expect(locateEvidence(text, 'the US')).toEqual({ quote: 'the US', start: 12, end: 18 });
    expect(locateEvidence(text, 'talk')).toEqual({ quote: 'talk', start: 21, end: 25 });
    expect(locateEvidence(text, '𝔸nd')).toEqual({ quote: '𝔸nd', start: 8, end: 11 });
  });

  it('refuses an ambiguous plain quote, listing its offsets, and takes the occurrence asked for', () => {
    const quote = 'Adam Boehler, Trump’s nominee to be special envoy for hostage affairs';
    const found = article.occurrences(quote);
    expect(found).toHaveLength(2);
    expect(locateEvidence(article, quote)).toBe(
      `"Adam Boehler, Trump’s nominee to be special envoy for hosta…" occurs 2 times, at offsets ${found[0]!.start}, ${found[1]!.start}; ` +
        'give the one meant as {"quote": ..., "occurrence": n} (n from 1 to 2)',
    );
    expect(locateEvidence(article, { quote, occurrence: 2 })).toEqual(found[1]);
    expect(locateEvidence(article, { quote, occurrence: 3 })).toMatch(/occurrence 3 of ".*" was asked for, but it occurs 2 times/);
  });

  it('counts overlapping occurrences', () => {
    expect(new ArticleText('aaaa').occurrences('aaa').map((passage) => passage.start)).toEqual([0, 1]);
  });

  it('resolves a list, naming each bad item by index, and refuses the same passage twice', () => {
    const quote = 'led the direct talks with Hamas.';
    const result = resolveEvidence(article, [
      'The talks were initiated',
      'no such words here',
      { quote, occurrence: 1 },
      { quote, occurrence: 1 },
    ]);
    expect(result.passages.map((passage) => passage.quote)).toEqual(['The talks were initiated', quote]);
    expect(result.problems).toEqual([
      { field: 'evidence[1]', reason: '"no such words here" does not occur in the article text' },
      { field: 'evidence[3]', reason: 'the same passage as evidence[2]' },
    ]);
  });

  it("places a Statement's quote inside its first evidence passage that contains it, else at its first occurrence", () => {
    const text = new ArticleText('He said "square one" twice: "square one," she said.');
    const second = locateEvidence(text, '"square one," she said') as Passage;
    expect(locateQuote(text, 'square one', [second])).toEqual({ quote: 'square one', start: second.start + 1, end: second.start + 11 });
    expect(locateQuote(text, 'square one', [])).toEqual({ quote: 'square one', start: 9, end: 19 });
    expect(locateQuote(text, 'round two', [])).toBe('"round two" does not occur in the article text');
  });
});
