import { createHash } from 'node:crypto';
import { calendarSpan, deriveIntervals, type DatedNode, type Interval } from './dates';
import { ArticleText, locateQuote, resolveEvidence, type Passage } from './evidence';
import { AnnotationError, nodeEntry, relationEntry, sortProblems, type Problem } from './issues';
import { articleRow, buildWriteParams, type CheckedNode, type WriteParams } from './params';
import { readArticleFiles, type ArticleFiles } from './read';
import { checkReferences, declareIds, declareReferences, type GraphNode, type NodeEntry, type RelationEntry } from './references';
import { sizeProblems } from './limits';
import { checkSchema } from './schema';
import type { AnnotationFile } from './types';

/** An article whose files passed every check, ready to be written. */
export interface PreparedArticle {
  articleId: string;
  /** The files as shown in messages. */
  annotationsFile: string;
  articleFile: string;
  params: WriteParams;
}

export interface PrepareOptions {
  /** Take a file that still carries the drafter's `draft` block (npm run load -- --accept-draft). */
  acceptDraft?: boolean;
}

/**
 * Reads an article and its annotations and checks them completely, without touching a database: the JSON
 * Schema, every evidence quote against the text (recording its offsets), every reference, every date. All
 * problems are collected and thrown together as one AnnotationError naming file, entry and reason; entries
 * the schema refused are left out of the later checks, which still run on the rest.
 */
export function prepareArticle(files: ArticleFiles, graph?: ReadonlyMap<string, GraphNode>, options: PrepareOptions = {}): PreparedArticle {
  const read = readArticleFiles(files);
  if ('issues' in read) throw new AnnotationError(read.issues);
  const { document, text, annotationsName, articleName } = read.read;
  const refuse = (problems: Problem[]): never => {
    throw new AnnotationError(sortProblems(problems).map((problem) => ({ file: annotationsName, ...problem })));
  };

  // Sizes first: a file past them is refused before any per-entry work is spent on it.
  const oversized = sizeProblems(document);
  if (oversized.length > 0) refuse(oversized);
  const schema = checkSchema(document);
  const problems = [...schema.problems];
  if (!schema.structureValid) refuse(problems);
  const doc = document as AnnotationFile;
  if (doc.draft !== undefined && !options.acceptDraft) {
    problems.push({
      entry: 'draft',
      reason: 'the file is a machine draft awaiting review: review it and delete its "draft" block, or load it with --accept-draft',
    });
  }
  // The schema pass only names entries that exist.
  const nodes: NodeEntry[] = [...schema.validNodes].flatMap((index) => {
    const node = doc.nodes[index];
    return node ? [{ entry: nodeEntry(index, node), node }] : [];
  });
  const relations: RelationEntry[] = [...schema.validRelations].flatMap((index) => {
    const relation = doc.relations[index];
    return relation ? [{ entry: relationEntry(index, relation), relation }] : [];
  });

  // Evidence: every quote must stand in the text; its offsets are what the graph stores.
  const article = new ArticleText(text);
  const evidenceOf = (entry: string, items: Parameters<typeof resolveEvidence>[1]): Passage[] => {
    const resolved = resolveEvidence(article, items);
    for (const { field, reason } of resolved.problems) problems.push({ entry, reason: `${field}: ${reason}` });
    return resolved.passages;
  };
  const checkedNodes: CheckedNode[] = nodes.map(({ entry, node }) => {
    const passages = evidenceOf(entry, node.evidence);
    if (node.type !== 'Statement') return { node, passages };
    const quote = locateQuote(article, node.quote, passages);
    if (typeof quote === 'string') {
      problems.push({ entry, reason: `quote: ${quote}` });
      return { node, passages };
    }
    return { node, passages, quote };
  });
  const checkedRelations = relations.map(({ entry, relation }) => ({ relation, passages: evidenceOf(entry, relation.evidence) }));

  // References: ids declared once, and every id a relation or a date names declared (or referenced), of a fitting type.
  const declared = declareIds(doc.nodes, (index) => nodeEntry(index, doc.nodes[index]));
  const references = doc.references ?? [];
  problems.push(...declared.problems, ...declareReferences(references, declared.declared, graph));
  problems.push(...checkReferences(nodes, relations, declared.declared));

  // Dates: each a real calendar date of its precision; undated ones bounded by what they follow and precede.
  let published = doc.article.published ?? null;
  if (published !== null) {
    const span = calendarSpan(published, 'day');
    if (typeof span === 'string') {
      problems.push({ entry: 'article', reason: `published: ${span}` });
      published = null;
    }
  }
  const dated: DatedNode[] = nodes.flatMap(({ entry, node }) =>
    'date' in node && node.date ? [{ id: node.id, entry, date: node.date }] : [],
  );
  const external = new Map<string, Interval>();
  for (const [id, node] of graph ?? []) if (node.interval) external.set(id, node.interval);
  const dates = deriveIntervals(dated, published, external);
  problems.push(...dates.problems);

  if (problems.length > 0) refuse(problems);

  for (const checked of checkedNodes) checked.interval = dates.intervals.get(checked.node.id);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return {
    articleId: doc.article.id,
    annotationsFile: annotationsName,
    articleFile: articleName,
    params: buildWriteParams(articleRow(doc.article, text, sha256), checkedNodes, checkedRelations, references),
  };
}

/**
 * The ids an annotation file lists in `references`, read without checking the file (that is prepareArticle's
 * job): the loader looks them up in the graph before it prepares the file. Unreadable files give none.
 */
export function readReferences(files: ArticleFiles): string[] {
  const read = readArticleFiles(files);
  if ('issues' in read) return [];
  const references = (read.read.document as { references?: unknown } | null)?.references;
  return Array.isArray(references) ? references.filter((id): id is string => typeof id === 'string') : [];
}
