import { decodeCursor, encodeCursor } from '../../../src/graphql/cursor';

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
    expect(() => decodeCursor('after', cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
  });
});
