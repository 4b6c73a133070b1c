import { BadUserInputError } from '../errors';
import { idGrammar, maxIdLength } from '../ingest';
import type { Range } from './argumentRanges';

/**
 * API arguments are checked here, where they enter, and nowhere else: each check names the argument and says
 * what it expected and what it got. Resolvers pass the checked values to the query files as parameters.
 */

/** The longest search text, in characters. */
const searchTextLength = 200;

/**
 * A value as an error message shows it: at most 60 characters of it (an error must not echo a megabyte back), with
 * invisible characters as \u escapes.
 */
export function shown(value: unknown): string {
  // JSON.stringify gives undefined for undefined, a function or a symbol, which its declared type does not say.
  const text = typeof value === 'string' ? value : ((JSON.stringify(value) as string | undefined) ?? String(value));
  const cut = text.length > 60 ? `${text.slice(0, 60)}... (${text.length} characters)` : text;
  const visible = cut.replace(/\p{Cf}/gu, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  return typeof value === 'string' ? `"${visible}"` : visible;
}

/** A whole number within `bound`. */
export function intInRange(argument: string, value: unknown, bound: Range): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bound.min || value > bound.max) {
    throw new BadUserInputError(argument, `expected a whole number from ${bound.min} to ${bound.max}, got ${shown(value)}`);
  }
  return value;
}

/** true or false. */
export function flag(argument: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new BadUserInputError(argument, `expected true or false, got ${shown(value)}`);
  return value;
}

/** A node id in the one id grammar, such as person:adam-boehler (not checked against the graph here). */
export function nodeId(argument: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > maxIdLength || !idGrammar.test(value)) {
    throw new BadUserInputError(
      argument,
      `expected a node id such as person:adam-boehler (a type prefix, a colon, lower-case words joined by hyphens, at most ${maxIdLength} characters), got ${shown(value)}`,
    );
  }
  return value;
}

/** A node id as nodeId checks it, or null when the argument is absent (a filter left out). */
export function optionalNodeId(argument: string, value: unknown): string | null {
  return value === null || value === undefined ? null : nodeId(argument, value);
}

/** Some words (not only spaces, at most searchText's maximum), trimmed, or null when the argument is absent. */
export function optionalWords(argument: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0 || trimmed.length > searchTextLength) {
    throw new BadUserInputError(
      argument,
      `expected some words of at most ${searchTextLength} characters, or null for all, got ${shown(value)}`,
    );
  }
  return trimmed;
}

/**
 * True when `value` is an ISO date (YYYY-MM-DD) that exists on the calendar. The year is set with
 * setUTCFullYear: Date.UTC reads years 0-99 as 1900-1999, which would refuse 0050-02-29 and accept 0051-02-29.
 */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO calendar date (YYYY-MM-DD) that exists, or null when the argument is absent. */
export function optionalIsoDate(argument: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (isCalendarDate(value)) return value;
  throw new BadUserInputError(argument, `expected an ISO date such as 2023-10-07, got ${shown(value)}`);
}

/** How the timeline matches events to a date range (RangeMatch in schema/timeline.graphql). */
export const rangeMatches = ['WITHIN', 'STARTS_IN', 'OVERLAPS'] as const;
export type RangeMatch = (typeof rangeMatches)[number];

/** One of rangeMatches; GraphQL checks the enum already, this keeps the query file from ever seeing another value. */
export function rangeMatch(argument: string, value: unknown): RangeMatch {
  const found = rangeMatches.find((match) => match === value);
  if (found === undefined) throw new BadUserInputError(argument, `expected one of ${rangeMatches.join(', ')}, got ${shown(value)}`);
  return found;
}

/** A date range whose end is not before its start; either bound may be absent. */
export function dateRange(
  fromArgument: string,
  from: unknown,
  toArgument: string,
  to: unknown,
): { from: string | null; to: string | null } {
  const range = { from: optionalIsoDate(fromArgument, from), to: optionalIsoDate(toArgument, to) };
  // ISO dates of the same shape compare as strings in calendar order.
  if (range.from !== null && range.to !== null && range.to < range.from) {
    throw new BadUserInputError(toArgument, `expected a date on or after ${fromArgument} (${range.from}), got ${shown(range.to)}`);
  }
  return range;
}

/**
 * A list of non-empty strings, as many as `length` allows (`what` names them, as in 'event kinds such as "talks"'), or
 * null when absent.
 */
export function optionalList(argument: string, value: unknown, length: Range, what: string): string[] | null {
  if (value === null || value === undefined) return null;
  const ok = Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim().length > 0);
  if (!ok || value.length < length.min || value.length > length.max) {
    throw new BadUserInputError(argument, `expected ${length.min} to ${length.max} ${what}, or null for all, got ${shown(value)}`);
  }
  return (value as string[]).map((item) => item.trim());
}

/** The node labels searchAll's types argument names (the SearchType enum's values): at least one. */
export function searchTypes(argument: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new BadUserInputError(
      argument,
      `expected at least one kind of node to search (PERSON, ORGANIZATION, PLACE, EVENT, PROPOSAL, TERM, STATEMENT, CLAIM, ARTICLE), got ${shown(value)}`,
    );
  }
  return value.map(String);
}

/** Search words: some letters or digits, not too long. */
export function searchText(argument: string, value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > searchTextLength || !/[\p{L}\p{N}]/u.test(trimmed)) {
    throw new BadUserInputError(
      argument,
      `expected words to search for (letters or digits, at most ${searchTextLength} characters), got ${shown(value)}`,
    );
  }
  return trimmed;
}
