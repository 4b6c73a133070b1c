import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { inputLimits } from './limits';

/** Something wrong with one entry of an annotation file; `entry` names it, `reason` says what and where inside it. */
export interface Problem {
  entry: string;
  reason: string;
}

/** A problem with the file it was found in. */
export interface Issue extends Problem {
  file: string;
}

/** Names a node entry the way an editor finds it: its index, and its id when it has one. */
export function nodeEntry(index: number, node: unknown): string {
  const id = (node as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `nodes[${index}] (${id})` : `nodes[${index}]`;
}

/** Names a relation entry by its index and, when readable, `TYPE from -> to`. */
export function relationEntry(index: number, relation: unknown): string {
  const { type, from, to } = (relation ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '?');
  return typeof type === 'string' || typeof from === 'string' || typeof to === 'string'
    ? `relations[${index}] (${text(type)} ${text(from)} -> ${text(to)})`
    : `relations[${index}]`;
}

/** Orders entries as they stand in a file: the document, the article, the nodes, then the relations. */
function entryRank(entry: string): [number, number] {
  const match = /^(nodes|relations)\[(\d+)\]/.exec(entry);
  if (match) return [match[1] === 'nodes' ? 2 : 3, Number(match[2])];
  return [entry.startsWith('article') || entry.startsWith('references') ? 1 : 0, 0];
}

export function sortProblems<T extends Problem>(problems: T[]): T[] {
  return problems
    .map((problem, order) => ({ problem, order, rank: entryRank(problem.entry) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map(({ problem }) => problem);
}

/** A path as the user would type it: relative to the working directory when the file lies under it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Shows invisible characters (zero-width spaces, direction marks) as \u escapes, so a mangled id reads as one. */
function visible(text: string): string {
  return text.replace(/\p{Cf}/gu, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Shows a value in a message: strings quoted (and cut when long), arrays and objects by kind. */
export function describeValue(value: unknown, max = 80): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return visible(JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value));
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  // What JSON leaves is null, a number or a boolean; anything else is named by its kind.
  return value === null || typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/**
 * An annotation file (or its article text) that cannot be loaded. It carries every issue found, not just the
 * first, and its message is the whole report, one line per issue: `file: entry: reason`.
 */
export class AnnotationError extends AppError {
  /** The issues listed: the first `maxListed` (a file of junk has as many as it has entries). */
  readonly issues: readonly Issue[];

  constructor(all: readonly Issue[], maxListed: number = inputLimits.reportedProblems) {
    const issues = all.slice(0, maxListed);
    const files = [...new Set(issues.map((issue) => issue.file))].join(', ');
    const count = all.length === 1 ? '1 error' : `${all.length} errors`;
    const shown = all.length > issues.length ? `, the first ${issues.length} listed` : '';
    const lines = issues.map((issue) => `  ${issue.file}: ${issue.entry}: ${issue.reason}`);
    super(ErrorCode.BadUserInput, [`refused ${files}: ${count}${shown}, nothing written`, ...lines].join('\n'), {
      issues,
      total: all.length,
    });
    this.issues = issues;
  }
}
