import { BadUserInputError } from '../../../src/errors';
import { queryRanges } from '../../../src/graphql/argumentRanges';
import {
  dateRange,
  flag,
  intInRange,
  nodeId,
  optionalIsoDate,
  optionalList,
  optionalNodeId,
  optionalWords,
  searchText,
} from '../../../src/graphql/validation';

function refusal(check: () => unknown): { message: string; code: unknown; argument: unknown } {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    const { message, extensions } = error as BadUserInputError;
    return { message, code: extensions.code, argument: extensions.argument };
  }
  throw new Error('expected the check to refuse its input');
}

describe('argument validation', () => {
  it('accepts ISO calendar dates and absent ones', () => {
    expect(optionalIsoDate('from', '2023-10-07')).toBe('2023-10-07');
    expect(optionalIsoDate('from', '2024-02-29')).toBe('2024-02-29');
    expect(optionalIsoDate('from', null)).toBeNull();
    expect(optionalIsoDate('from', undefined)).toBeNull();
  });

  it.each(['2023-02-29', '2023-13-01', '2023-10-7', 'October 7, 2023', '2023-10-07T00:00:00Z', '', 20231007])(
    'refuses %p as a date, naming the argument',
    (value) => {
      expect(refusal(() => optionalIsoDate('from', value))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'from',
        message: `from: expected an ISO date such as 2023-10-07, got ${typeof value === 'string' ? `"${value}"` : value}`,
      });
    },
  );

  it('refuses a range that ends before it starts, naming its end', () => {
    expect(dateRange('from', '2023-01-01', 'to', '2023-12-31')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(dateRange('from', null, 'to', '2023-12-31')).toEqual({ from: null, to: '2023-12-31' });
    expect(refusal(() => dateRange('from', '2024-01-01', 'to', '2023-12-31'))).toMatchObject({
      argument: 'to',
      message: 'to: expected a date on or after from (2024-01-01), got "2023-12-31"',
    });
  });

  it('bounds whole numbers and says the range', () => {
    expect(intInRange('first', 1, queryRanges.timeline.first)).toBe(1);
    expect(intInRange('first', 100, queryRanges.timeline.first)).toBe(100);
    for (const value of [0, 101, 2.5, -1, '5', null]) {
      expect(refusal(() => intInRange('first', value, queryRanges.timeline.first)).message).toBe(
        `first: expected a whole number from 1 to 100, got ${JSON.stringify(value)}`,
      );
    }
    expect(refusal(() => intInRange('maxHops', 5, queryRanges.connection.maxHops)).message).toBe(
      'maxHops: expected a whole number from 1 to 4, got 5',
    );
  });

  it('takes true or false and nothing else for a flag', () => {
    expect(flag('rollUp', true)).toBe(true);
    expect(flag('rollUp', false)).toBe(false);
    expect(refusal(() => flag('rollUp', 'yes'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'rollUp',
      message: 'rollUp: expected true or false, got "yes"',
    });
    expect(refusal(() => flag('rollUp', null)).message).toBe('rollUp: expected true or false, got null');
  });

  it('checks ids, kinds and search words', () => {
    // One id grammar: surrounding spaces make another id, not the same one trimmed.
    expect(refusal(() => nodeId('id', ' person:adam-boehler ')).argument).toBe('id');
    expect(refusal(() => nodeId('id', '  ')).argument).toBe('id');
    expect(refusal(() => nodeId('id', 'x'.repeat(201))).message).toMatch(/^id: expected a node id/);
    expect(optionalList('kinds', null, queryRanges.timeline.kinds, 'event kinds')).toBeNull();
    expect(optionalList('kinds', [' talks', 'negotiation'], queryRanges.timeline.kinds, 'event kinds')).toEqual(['talks', 'negotiation']);
    expect(refusal(() => optionalList('kinds', [], queryRanges.timeline.kinds, 'event kinds such as "talks"')).message).toBe(
      'kinds: expected 1 to 50 event kinds such as "talks", or null for all, got []',
    );
    expect(refusal(() => optionalList('kinds', ['talks', ''], queryRanges.timeline.kinds, 'event kinds')).argument).toBe('kinds');
    expect(searchText('text', '  Witkoff ')).toBe('Witkoff');
    expect(refusal(() => searchText('text', '(*)')).message).toBe(
      'text: expected words to search for (letters or digits, at most 200 characters), got "(*)"',
    );
    expect(refusal(() => searchText('text', 'a'.repeat(201))).argument).toBe('text');
  });
});

describe('optional filters of the top-level lists', () => {
  it('passes an absent filter as null and checks a given one', () => {
    expect(optionalNodeId('speakerId', null)).toBeNull();
    expect(optionalNodeId('speakerId', undefined)).toBeNull();
    expect(optionalNodeId('speakerId', 'person:donald-trump')).toBe('person:donald-trump');
    expect(refusal(() => optionalNodeId('speakerId', 'Donald Trump'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'speakerId' });
    expect(optionalWords('unit', null)).toBeNull();
    expect(optionalWords('unit', ' people killed ')).toBe('people killed');
    expect(refusal(() => optionalWords('unit', '  ')).message).toBe(
      'unit: expected some words of at most 200 characters, or null for all, got "  "',
    );
    expect(refusal(() => optionalWords('unit', 7)).argument).toBe('unit');
    expect(refusal(() => optionalWords('unit', 'x'.repeat(201))).argument).toBe('unit');
  });
});

describe('nodeId', () => {
  it('accepts an id of the one grammar', () => {
    expect(nodeId('id', 'person:adam-boehler')).toBe('person:adam-boehler');
  });

  it.each([
    "person:x'}) DETACH DELETE n //",
    'person:Adam-Boehler',
    'person:adam\u200b-boehler',
    ' person:adam-boehler ',
    `person:${'a'.repeat(300)}`,
    'adam-boehler',
    42,
  ])('refuses %j, naming the argument', (value) => {
    expect(refusal(() => nodeId('actorId', value))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'actorId',
      message: expect.stringMatching(/^actorId: expected a node id such as person:adam-boehler/),
    });
  });
});

describe('dates in years 0001 to 0099', () => {
  it('reads them as the years they are, not 1900-1999', () => {
    expect(optionalIsoDate('from', '0001-01-01')).toBe('0001-01-01');
    expect(optionalIsoDate('from', '0048-02-29')).toBe('0048-02-29');
    expect(refusal(() => optionalIsoDate('from', '0100-02-29')).argument).toBe('from');
    // 1900 was not a leap year, 0 was (proleptic Gregorian): the quirk would refuse this one.
    expect(optionalIsoDate('from', '0000-02-29')).toBe('0000-02-29');
  });
});
