import { calendarSpan, deriveIntervals, type DatedNode } from '../../../src/ingest/dates';
import type { FuzzyDate } from '../../../src/ingest/types';

const node = (id: string, date: FuzzyDate): DatedNode => ({ id, entry: `nodes (${id})`, date });

describe('calendarSpan', () => {
  it.each([
    ['2023-10-07', 'day', { earliest: '2023-10-07', latest: '2023-10-07' }],
    ['2024-02', 'month', { earliest: '2024-02-01', latest: '2024-02-29' }],
    ['2023-02', 'month', { earliest: '2023-02-01', latest: '2023-02-28' }],
    ['1900-02', 'month', { earliest: '1900-02-01', latest: '1900-02-28' }],
    ['2000-02-29', 'day', { earliest: '2000-02-29', latest: '2000-02-29' }],
    ['1997', 'year', { earliest: '1997-01-01', latest: '1997-12-31' }],
  ] as const)('%s at precision %s spans %j', (value, precision, span) => {
    expect(calendarSpan(value, precision)).toEqual(span);
  });

  it.each([
    ['2023-02-30', 'day', 'expected a calendar date, got "2023-02-30" (February 2023 has 28 days)'],
    ['2023-02-29', 'day', 'expected a calendar date, got "2023-02-29" (February 2023 has 28 days)'],
    ['2023-04-31', 'day', 'expected a calendar date, got "2023-04-31" (April 2023 has 30 days)'],
    ['2023-10-00', 'day', 'expected a calendar date, got "2023-10-00" (October 2023 has 31 days)'],
    ['2023-13', 'month', 'expected a calendar date, got "2023-13" (there is no month 13)'],
    ['2023', 'day', 'expected YYYY-MM-DD for precision day, got "2023"'],
    ['2023-10-07', 'year', 'expected YYYY for precision year, got "2023-10-07"'],
    ['23-10', 'month', 'expected YYYY-MM for precision month, got "23-10"'],
  ] as const)('refuses %s at precision %s', (value, precision, reason) => {
    expect(calendarSpan(value, precision)).toBe(reason);
  });
});

describe('deriveIntervals', () => {
  const raid = node('event:raid', { text: 'October 7, 2023', precision: 'day', value: '2023-10-07' });
  const designation = node('event:designation', { text: '1997', precision: 'year', value: '1997' });

  it('gives day, month, year and range dates their calendar span', () => {
    const { intervals, problems } = deriveIntervals(
      [
        raid,
        designation,
        node('event:m', { text: 'March 2025', precision: 'month', value: '2025-03' }),
        node('event:r', {
          text: 'during Trump’s first term',
          precision: 'range',
          earliest: '2017-01-20',
          latest: '2021-01-20',
          basis: 'outside knowledge',
        }),
      ],
      null,
    );
    expect(problems).toEqual([]);
    expect(Object.fromEntries(intervals)).toEqual({
      'event:raid': { earliest: '2023-10-07', latest: '2023-10-07' },
      'event:designation': { earliest: '1997-01-01', latest: '1997-12-31' },
      'event:m': { earliest: '2025-03-01', latest: '2025-03-31' },
      'event:r': { earliest: '2017-01-20', latest: '2021-01-20' },
    });
  });

  it('bounds an unknown date by what it follows, and leaves the latest open without a publication date', () => {
    const talks = node('event:talks', { text: 'recent', precision: 'unknown', after: ['event:raid', 'event:designation'] });
    const { intervals, problems } = deriveIntervals([talks, raid, designation], null);
    expect(problems).toEqual([]);
    expect(intervals.get('event:talks')).toEqual({ earliest: '2023-10-07', latest: null });
  });

  it('takes the latest from the publication date, and from what it precedes when that ends sooner', () => {
    const talks = node('event:talks', { text: 'recent', precision: 'unknown', after: ['event:raid'] });
    const later = node('event:later', { text: 'May 2024', precision: 'month', value: '2024-05' });
    const mediation = node('event:mediation', { text: null, precision: 'unknown', before: ['event:later'] });
    const { intervals } = deriveIntervals([talks, raid, later, mediation], '2025-03-06');
    expect(intervals.get('event:talks')).toEqual({ earliest: '2023-10-07', latest: '2025-03-06' });
    expect(intervals.get('event:mediation')).toEqual({ earliest: null, latest: '2024-05-31' });
  });

  it('computes in dependency order, whatever the order of the file', () => {
    const remarks = node('event:remarks', { text: null, precision: 'unknown', after: ['event:talks'] });
    const talks = node('event:talks', { text: 'recent', precision: 'unknown', after: ['event:raid'] });
    const { intervals } = deriveIntervals([remarks, talks, raid], '2025-03-06');
    expect(intervals.get('event:remarks')).toEqual({ earliest: '2023-10-07', latest: '2025-03-06' });
  });

  it('leaves an unknown date with nothing to bound it open at both ends', () => {
    expect(deriveIntervals([node('event:x', { text: null, precision: 'unknown' })], null).intervals.get('event:x')).toEqual({
      earliest: null,
      latest: null,
    });
  });

  it('refuses a cycle of after/before, naming it', () => {
    const a = node('event:a', { text: null, precision: 'unknown', after: ['event:b'] });
    const b = node('event:b', { text: null, precision: 'unknown', after: ['event:c'] });
    const c = node('event:c', { text: null, precision: 'unknown', before: ['event:b'], after: ['event:raid'] });
    const { intervals, problems } = deriveIntervals([a, b, c, raid], null);
    expect(problems).toEqual([{ entry: 'nodes (event:b)', reason: 'date: after/before form a cycle: event:b -> event:c -> event:b' }]);
    expect(intervals.has('event:a')).toBe(false);
    expect(intervals.has('event:raid')).toBe(true);
  });

  it('refuses a node that comes after itself', () => {
    const { problems } = deriveIntervals([node('event:a', { text: null, precision: 'unknown', after: ['event:a'] })], null);
    expect(problems).toEqual([{ entry: 'nodes (event:a)', reason: 'date: after/before form a cycle: event:a -> event:a' }]);
  });

  it('refuses an interval that comes out empty', () => {
    const talks = node('event:talks', { text: 'recent', precision: 'unknown', after: ['event:raid'] });
    expect(deriveIntervals([talks, raid], '2023-01-01').problems).toEqual([
      {
        entry: 'nodes (event:talks)',
        reason:
          "date: no day fits: coming after event:raid puts it no earlier than 2023-10-07, but the article's publication date puts it no later than 2023-01-01",
      },
    ]);
    const early = node('event:early', { text: '2020', precision: 'year', value: '2020', after: ['event:raid'] });
    expect(deriveIntervals([early, raid], null).problems).toEqual([
      {
        entry: 'nodes (event:early)',
        reason:
          'date: no day fits: coming after event:raid puts it no earlier than 2023-10-07, but its stated date 2020 puts it no later than 2020-12-31',
      },
    ]);
  });

  it('accepts a stated date that overlaps what it follows, and keeps it as stated', () => {
    const sameYear = node('event:y', { text: '2023', precision: 'year', value: '2023', after: ['event:raid'] });
    const { intervals, problems } = deriveIntervals([sameYear, raid], null);
    expect(problems).toEqual([]);
    expect(intervals.get('event:y')).toEqual({ earliest: '2023-01-01', latest: '2023-12-31' });
  });

  it('refuses values that do not fit the precision, and ranges that run backwards', () => {
    const { problems } = deriveIntervals(
      [
        node('event:a', { text: 'x', precision: 'day' }),
        node('event:b', { text: 'x', precision: 'range', earliest: '2021-01-01', latest: '2017-01-01' }),
        node('event:c', { text: 'x', precision: 'range', earliest: '2021-02-30' }),
        node('event:d', { text: 'x', precision: 'unknown', value: '2020' }),
        node('event:e', { text: 'x', precision: 'year', value: '2020', earliest: '2020-01-01' }),
      ],
      null,
    );
    expect(problems.map((problem) => `${problem.entry}: ${problem.reason}`)).toEqual([
      'nodes (event:a): date.value: required for precision day, but missing',
      'nodes (event:b): date: earliest 2021-01-01 is later than latest 2017-01-01',
      'nodes (event:c): date.earliest: expected a calendar date, got "2021-02-30" (February 2021 has 28 days)',
      'nodes (event:c): date.latest: required for precision range, but missing',
      "nodes (event:d): date.value: not used with precision unknown (the interval comes from after, before and the article's publication date)",
      'nodes (event:e): date.earliest: not used with precision year (the interval comes from value)',
    ]);
  });
});
