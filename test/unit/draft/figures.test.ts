import { normalizedNumber, qualifierBefore } from '../../../src/draft/figures';

describe('qualifierBefore', () => {
  it.each([
    ['the deaths of over ', 'over', 'over '],
    ['resulted in more than ', 'over', 'more than '],
    ['estimate that about ', 'about', 'about '],
    ['the bodies of at least ', 'at least', 'at least '],
    ['killed nearly ', 'about', 'nearly '],
  ])('reads "%s" as %s', (preceding, qualifier, words) => {
    expect(qualifierBefore(preceding)).toEqual({ qualifier, words });
  });

  it('reads a figure with no qualifying words as exact, whatever CoreNLP normalized it to', () => {
    // CoreNLP normalizes "Four other US hostages" to ">=4.0"; the article's words say four.
    expect(qualifierBefore('recovered. ')).toEqual({ qualifier: 'exactly', words: '' });
    expect(qualifierBefore('')).toEqual({ qualifier: 'exactly', words: '' });
  });

  it('does not read a qualifier out of the end of another word', () => {
    expect(qualifierBefore('the moreover ').qualifier).toBe('exactly');
    expect(qualifierBefore('handsome ').qualifier).toBe('exactly');
  });
});

describe('normalizedNumber', () => {
  it('takes the number out of CoreNLP normalized values', () => {
    expect(normalizedNumber('>1200.0')).toBe(1200);
    expect(normalizedNumber('~24.0')).toBe(24);
    expect(normalizedNumber('>=35.0')).toBe(35);
    expect(normalizedNumber('4.0')).toBe(4);
  });

  it('gives undefined for values that hold no single number', () => {
    expect(normalizedNumber(undefined)).toBeUndefined();
    expect(normalizedNumber('PRESENT_REF')).toBeUndefined();
    expect(normalizedNumber('1.0-2.0')).toBeUndefined();
  });
});
