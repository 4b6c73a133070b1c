import fs from 'node:fs';
import { seedFiles } from '../../../src/ingest';
import { evidenceItem, nonFactualSpans, quotations, slug, speculates, within } from '../../../src/draft/text';

const seed = fs.readFileSync(seedFiles.article, 'utf8');
const at = (words: string) => ({ begin: seed.indexOf(words), end: seed.indexOf(words) + words.length });

describe('speculative passages', () => {
  it('marks the seed\'s "Potential Future Trends" section up to the next heading', () => {
    const { speculative } = nonFactualSpans(seed);
    expect(speculative).toHaveLength(1);
    expect(within(at('could pave the way for more diplomatic efforts'), speculative)).toBe(true);
    expect(within(at('Future talks may see increased involvement'), speculative)).toBe(true);
    // The summary table after the section reports facts again.
    expect(within(at('Egyptian and Qatari mediators played a crucial role.'), speculative)).toBe(false);
    expect(within(at('led the direct talks with Hamas'), speculative)).toBe(false);
  });

  it('treats the title, headings and FAQ questions as no report of events', () => {
    const { headings } = nonFactualSpans(seed);
    expect(within(at('The Context of the Talks'), headings)).toBe(true);
    expect(within(at('Q: Who led the direct talks with Hamas?'), headings)).toBe(true);
    expect(within(at('A: Adam Boehler'), headings)).toBe(false);
  });

  it('finds speculation in the words of a sentence', () => {
    expect(speculates(['This', 'could', 'pave', 'the', 'way'])).toBe(true);
    expect(speculates(['a', 'Potential', 'shift'])).toBe(true);
    expect(speculates(['Boehler', 'led', 'the', 'talks'])).toBe(false);
  });
});

describe('evidenceItem', () => {
  it('gives a quote that stands once as a plain string', () => {
    expect(evidenceItem(seed, at('White House press secretary Karoline Leavitt'))).toBe('White House press secretary Karoline Leavitt');
  });

  it('names the occurrence of a quote that stands several times, counted from the offsets', () => {
    const second = seed.indexOf('talk to anyone', seed.indexOf('talk to anyone') + 1);
    expect(evidenceItem(seed, { begin: second, end: second + 'talk to anyone'.length })).toEqual({
      quote: 'talk to anyone',
      occurrence: 2,
    });
  });
});

describe('quotations', () => {
  it('finds quoted words and leaves a comma typed inside the quotes to the sentence', () => {
    const quotes = quotations('She said "Look, we talk," and left. Trump issued a “last warning”.').map((q) => q);
    const text = 'She said "Look, we talk," and left. Trump issued a “last warning”.';
    expect(quotes.map((q) => text.slice(q.begin, q.end))).toEqual(['Look, we talk', 'last warning']);
  });
});

describe('slug', () => {
  it('makes readable id suffixes', () => {
    expect(slug('Israeli Prime Minister’s office')).toBe('israeli-prime-ministers-office');
    expect(slug('Khalil al-Hayya')).toBe('khalil-al-hayya');
    expect(slug('!!!')).toBe('unnamed');
    const long = slug('talks between the United States Hamas Egypt Qatar Israel Jordan Saudi Arabia and the United Arab Emirates');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^talks-between-[a-z-]+[a-z]$/);
  });
});
