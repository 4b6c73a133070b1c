import { decodeCursor, decodeId, decodeOffset, encodeCursor, encodeId, encodeOffset } from '../../../src/graphql/cursor';

describe('timeline cursors', () => {
  const key = { earliest: '2023-10-07', latest: '9999-12-31', sequence: 1, id: 'event:us-hamas-direct-talks' };

  it('round-trips the sort key through an opaque string', () => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('after', cursor)).toEqual(key);
    expect(decodeCursor('after', null)).toBeNull();
  });

  it.each([
    'not-a-cursor',
    Buffer.from('{"earliest":"2023-10-07"}').toString('base64url'),
    Buffer.from('["2023-10-07","9999-12-31","1","event:x"]').toString('base64url'),
    Buffer.from('["07/10/2023","9999-12-31",1,"event:x"]').toString('base64url'),
    42,
  ])('refuses %p as BAD_USER_INPUT naming the argument', (cursor) => {
    expect(() => decodeCursor('after', cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    );
  });
});

describe('forged cursors', () => {
  const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it.each([
    ['an impossible date', ['2023-02-30', '9999-12-31', 1, 'event:x']],
    ['a month 13', ['2023-10-07', '2023-13-01', 1, 'event:x']],
    ['a sequence beyond safe integers', ['2023-10-07', '9999-12-31', 2 ** 60, 'event:x']],
    ['an id outside the grammar', ['2023-10-07', '9999-12-31', 1, "event:x'}) RETURN 1 //"]],
  ])('refuses a well-formed cursor with %s as BAD_USER_INPUT', (_what, key) => {
    expect(() => decodeCursor('after', forged(key))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    );
  });

  it('accepts years 0001 to 0099 as the years they are', () => {
    const early = { earliest: '0048-02-29', latest: '0099-12-31', sequence: 0, id: 'event:x' };
    expect(decodeCursor('after', encodeCursor(early))).toEqual(early);
  });

  it('echoes at most a short prefix of a 1 MB cursor', () => {
    const huge = 'A'.repeat(1_000_000);
    let message = '';
    try {
      decodeCursor('after', huge);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^after: expected a cursor .*, got "A{60}\.\.\. \(1000000 characters\)"$/);
  });
});

describe('nested list cursors', () => {
  it('round-trips a position through an opaque string', () => {
    expect(encodeOffset(41)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeOffset('after', encodeOffset(41))).toBe(41);
    expect(decodeOffset('after', undefined)).toBeNull();
  });

  it.each([
    ['a timeline cursor', encodeCursor({ earliest: '2023-10-07', latest: '9999-12-31', sequence: 1, id: 'event:x' })],
    ['a negative position', Buffer.from('["offset",-1]').toString('base64url')],
    ['a fractional position', Buffer.from('["offset",1.5]').toString('base64url')],
    ['not base64 JSON', 'nope'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', (_what, cursor) => {
    expect(() => decodeOffset('after', cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    );
  });
});

describe('id cursors (proposals, statements, claims)', () => {
  it('round-trips an id through an opaque string', () => {
    expect(encodeId('claim:living-hostages-in-gaza')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeId('after', encodeId('claim:living-hostages-in-gaza'), 'claim')).toBe('claim:living-hostages-in-gaza');
    expect(decodeId('after', null, 'claim')).toBeNull();
  });

  it.each([
    ['a nested list cursor', encodeOffset(3)],
    ['an id outside the id grammar', Buffer.from('["id","Claim X"]').toString('base64url')],
    ['not base64 JSON', 'nope'],
    ["another list's cursor", encodeId('statement:witkoff-said-so')],
  ])('refuses %s as BAD_USER_INPUT naming the argument', (_what, cursor) => {
    expect(() => decodeId('after', cursor, 'claim')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    );
  });
});
