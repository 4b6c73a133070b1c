import { fuzzyDateOf, periodDate, undated } from '../../../src/draft/dates';
import { lexicon } from '../../../src/draft/lexicon';

describe('fuzzyDateOf', () => {
  it('keeps SUTime calendar values with their precision', () => {
    expect(fuzzyDateOf('October 7, 2023', '2023-10-07', false)).toEqual({ text: 'October 7, 2023', precision: 'day', value: '2023-10-07' });
    expect(fuzzyDateOf('1997', '1997', false)).toEqual({ text: '1997', precision: 'year', value: '1997' });
    expect(fuzzyDateOf('March 2025', '2025-03', false)).toEqual({ text: 'March 2025', precision: 'month', value: '2025-03' });
  });

  it('never turns a relative word into a date', () => {
    for (const value of ['PRESENT_REF', 'FUTURE_REF', 'PAST_REF', 'XXXX-03', '2025-W10', 'P1W']) {
      expect(fuzzyDateOf('now', value, true)).toBeUndefined();
    }
    expect(fuzzyDateOf('recent', undefined, true)).toBeUndefined();
  });

  it('trusts a date resolved against the document date only when the article gave its publication date', () => {
    // Without a publication date SUTime anchors "in March" on the day the drafter runs: an invented year.
    expect(fuzzyDateOf('March', '2026-03', false)).toBeUndefined();
    expect(fuzzyDateOf('March', '2025-03', true)).toEqual({ text: 'March', precision: 'month', value: '2025-03' });
  });
});

describe('periodDate', () => {
  it('gives a named period its public-record range and says where the bounds come from', () => {
    const date = periodDate('negotiated during Trump’s first term', lexicon.periods);
    expect(date).toMatchObject({ text: 'Trump’s first term', precision: 'range', earliest: '2017-01-20', latest: '2021-01-20' });
    expect(date?.basis).toMatch(/public record/);
  });

  it('gives nothing when no period is named', () => {
    expect(periodDate('during the first phase', lexicon.periods)).toBeUndefined();
  });
});

describe('undated', () => {
  it('says "recent" only when the article does, with no value either way', () => {
    expect(undated(true)).toEqual({ text: 'recent', precision: 'unknown' });
    expect(undated(false)).toEqual({ text: null, precision: 'unknown' });
  });
});
