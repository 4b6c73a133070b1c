import type { FuzzyDateModel } from '../../../src/graphql/models';
import { rangePlacement } from '../../../src/graphql/rangePlacement';

function date(earliest: string | null, latest: string | null): FuzzyDateModel {
  return { text: null, precision: 'unknown', earliest, latest, basis: null };
}

describe('rangePlacement', () => {
  it('says NO_RANGE when neither from nor to is given', () => {
    expect(rangePlacement(date('2023-10-07', '2023-10-07'), null, null)).toBe('NO_RANGE');
  });

  it.each([
    ['a day inside the range', date('2023-10-07', '2023-10-07'), '2023-10-01', '2023-12-31', 'WITHIN'],
    ['an interval on the range bounds', date('2023-10-01', '2023-12-31'), '2023-10-01', '2023-12-31', 'WITHIN'],
    ['an interval inside a range open at its end', date('2024-01-01', '2024-02-01'), '2023-10-01', null, 'WITHIN'],
    ['an interval that starts before the range', date('2023-09-01', '2023-10-15'), '2023-10-01', '2023-12-31', 'OVERLAPS'],
    ['an interval that ends after the range', date('2023-12-01', '2024-01-15'), '2023-10-01', '2023-12-31', 'OVERLAPS'],
    ['an open end in a closed range', date('2023-10-07', null), '2023-10-01', '2023-12-31', 'OVERLAPS'],
    ['an open end in a range open at its end', date('2023-10-07', null), '2023-10-01', null, 'WITHIN'],
    ['no known start in a range with a start', date(null, '2023-11-01'), '2023-10-01', '2023-12-31', 'OVERLAPS'],
    ['no known start in a range open at its start', date(null, '2023-11-01'), null, '2023-12-31', 'WITHIN'],
  ])('%s: %s', (_case, interval, from, to, expected) => {
    expect(rangePlacement(interval, from, to)).toBe(expected);
  });
});
