import { fullTextQuery } from '../../../src/graphql/fullText';

describe('the full-text query built from search words', () => {
  it('asks for every word as a whole token or a prefix', () => {
    expect(fullTextQuery('Witkoff')).toBe('(witkoff OR witkoff*)');
    expect(fullTextQuery('  Steve   Witkoff ')).toBe('(steve OR steve*) AND (witkoff OR witkoff*)');
  });

  it('escapes Lucene syntax and lower-cases operators into words', () => {
    expect(fullTextQuery('US-Hamas')).toBe('(us\\-hamas OR us\\-hamas*)');
    expect(fullTextQuery('a:b (c) "d" *e?')).toBe(
      '(a\\:b OR a\\:b*) AND (\\(c\\) OR \\(c\\)*) AND (\\"d\\" OR \\"d\\"*) AND (\\*e\\? OR \\*e\\?*)',
    );
    expect(fullTextQuery('Hamas AND NOT Israel')).toBe('(hamas OR hamas*) AND (and OR and*) AND (not OR not*) AND (israel OR israel*)');
  });

  it('drops words of punctuation alone, which would match nothing', () => {
    expect(fullTextQuery('Witkoff ( ) -')).toBe('(witkoff OR witkoff*)');
  });
});
