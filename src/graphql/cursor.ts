import { BadUserInputError } from '../errors';
import { idGrammar } from '../ingest';
import { isCalendarDate, shown } from './validation';

/**
 * The timeline's sort key, as timeline.cypher returns it and takes it back in `$after`: interval bounds as ISO
 * dates (9999-12-31 for an open bound), the sequence of the event in its chain, and its id.
 */
export interface TimelineKey {
  earliest: string;
  latest: string;
  sequence: number;
  id: string;
}

/** An opaque cursor for `after`: base64url of the sort key, so clients do not build or read one. */
export function encodeCursor(key: TimelineKey): string {
  return Buffer.from(JSON.stringify([key.earliest, key.latest, key.sequence, key.id]), 'utf8').toString('base64url');
}

/** What an opaque cursor holds (base64url JSON), or undefined when it is not one; the callers check the shape. */
function parseOpaque(cursor: unknown): unknown {
  if (typeof cursor !== 'string') return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The sort key of a cursor this API issued, or null for none; anything else is a bad `argument`. A forged cursor
 * is checked as far as the query relies on it (real dates, a whole sequence, an event id), so it is refused here
 * rather than failing inside the database.
 */
export function decodeCursor(argument: string, cursor: unknown): TimelineKey | null {
  if (cursor === null || cursor === undefined) return null;
  const parsed = parseOpaque(cursor);
  if (
    Array.isArray(parsed) &&
    parsed.length === 4 &&
    isCalendarDate(parsed[0]) &&
    isCalendarDate(parsed[1]) &&
    Number.isSafeInteger(parsed[2]) &&
    typeof parsed[3] === 'string' &&
    idGrammar.test(parsed[3])
  ) {
    return { earliest: parsed[0], latest: parsed[1], sequence: parsed[2] as number, id: parsed[3] };
  }
  throw new BadUserInputError(
    argument,
    `expected a cursor returned by this query's pageInfo.endCursor or an edge's cursor, got ${shown(cursor)}`,
  );
}

/**
 * An opaque cursor for a nested list's item: its position in the parent's ordered list. Nested lists are short
 * enough (one parent's links) for an offset to cost little, and their order is total, so pages never overlap.
 */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify(['offset', offset]), 'utf8').toString('base64url');
}

/** The position a nested list's cursor stands for, or null for none; anything else is a bad `argument`. */
export function decodeOffset(argument: string, cursor: unknown): number | null {
  if (cursor === null || cursor === undefined) return null;
  const parsed = parseOpaque(cursor);
  if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === 'offset' && Number.isInteger(parsed[1]) && (parsed[1] as number) >= 0) {
    return parsed[1] as number;
  }
  throw new BadUserInputError(
    argument,
    `expected a cursor returned by this field's pageInfo.endCursor or an edge's cursor, got ${JSON.stringify(cursor)}`,
  );
}

/** An opaque cursor for the articles list: base64url of the article's rank (cypher/README.md, "Many sources"). */
export function encodeRank(rank: string): string {
  return Buffer.from(JSON.stringify(['rank', rank]), 'utf8').toString('base64url');
}

/** The rank an articles cursor stands for, or null for none; anything else is a bad `argument`. */
export function decodeRank(argument: string, cursor: unknown): string | null {
  if (cursor === null || cursor === undefined) return null;
  const parsed = parseOpaque(cursor);
  if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === 'rank' && typeof parsed[1] === 'string') {
    const [day, id] = [parsed[1].slice(0, 10), parsed[1].slice(11)];
    if (isCalendarDate(day) && parsed[1][10] === '|' && idGrammar.test(id)) return parsed[1];
  }
  throw new BadUserInputError(
    argument,
    `expected a cursor returned by this query's pageInfo.endCursor or an edge's cursor, got ${shown(cursor)}`,
  );
}

/** An opaque cursor for a list in id order (proposals, statements, claims): base64url of the last item's id. */
export function encodeId(id: string): string {
  return Buffer.from(JSON.stringify(['id', id]), 'utf8').toString('base64url');
}

/**
 * The id a cursor of a list in id order stands for, or null for none; anything else is a bad `argument`. `prefix`
 * is the id prefix of the list's items: another list's cursor decodes to an id too, and would start this list at
 * that id's place in id order.
 */
export function decodeId(argument: string, cursor: unknown, prefix: string): string | null {
  if (cursor === null || cursor === undefined) return null;
  const parsed = parseOpaque(cursor);
  if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === 'id' && typeof parsed[1] === 'string' && idGrammar.test(parsed[1])) {
    if (parsed[1].startsWith(`${prefix}:`)) return parsed[1];
    throw new BadUserInputError(argument, `expected a cursor of this list (${prefix}:...), got one that stands after ${parsed[1]}`);
  }
  throw new BadUserInputError(
    argument,
    `expected a cursor returned by this query's pageInfo.endCursor or an edge's cursor, got ${shown(cursor)}`,
  );
}
