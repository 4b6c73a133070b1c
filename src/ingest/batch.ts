import type { Database } from '../db';
import { AnnotationError } from './issues';
import { prepareArticle, readReferences, type PreparedArticle, type PrepareOptions } from './prepare';
import type { ArticleFiles } from './read';
import type { LoadSummary } from './summary';
import { referencedNodes, writeArticle, writeArticles } from './write';

/** How one article of a multi-article load ended: loaded, or refused with the reason (nothing of it written). */
export type BatchResult = { files: ArticleFiles; summary: LoadSummary } | { files: ArticleFiles; error: Error };

export interface BatchOptions extends PrepareOptions {
  /** Articles per transaction (default 25). */
  batchSize?: number;
  /** Called as each article's result is known (a refused file may be reported before the batch before it). */
  onResult?: (result: BatchResult) => void;
}

export const defaultBatchSize = 25;

/**
 * Loads many articles, several to a transaction, while each stays its own unit for errors: a file that fails its
 * checks is refused alone (named, nothing of it written) and the others load; a batch the database refuses is
 * written again article by article, so the one at fault is named. The result is the same graph as loading the
 * files one by one in this order: an article whose references point at a node an article of the pending batch
 * declares, or that repeats an article of it, waits for that batch to commit first. Results come in the files' order.
 */
export async function loadArticles(db: Database, files: readonly ArticleFiles[], options: BatchOptions = {}): Promise<BatchResult[]> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize: expected a whole number of at least 1, got ${batchSize}`);
  const results: BatchResult[] = [];
  const report = (index: number, result: BatchResult) => {
    results[index] = result;
    options.onResult?.(result);
  };
  let pending: { index: number; files: ArticleFiles; prepared: PreparedArticle }[] = [];
  const declared = new Set<string>();

  const flush = async () => {
    const batch = pending;
    pending = [];
    declared.clear();
    let summaries: LoadSummary[] | undefined;
    try {
      summaries = await writeArticles(
        db,
        batch.map((item) => item.prepared),
      );
    } catch {
      // Which article the database refused is not known: write them one by one, each in its own transaction.
      for (const item of batch) {
        try {
          report(item.index, { files: item.files, summary: await writeArticle(db, item.prepared) });
        } catch (error) {
          report(item.index, { files: item.files, error: error instanceof Error ? error : new Error(String(error)) });
        }
      }
      return;
    }
    batch.forEach((item, at) => {
      const summary = summaries[at];
      // writeArticles returns one summary per article, in order; a missing one would be its bug, reported as such.
      report(
        item.index,
        summary ? { files: item.files, summary } : { files: item.files, error: new Error('the batch wrote no summary for it') },
      );
    });
  };

  for (const [index, article] of files.entries()) {
    const references = readReferences(article);
    if (references.some((id) => declared.has(id))) await flush();
    let prepared: PreparedArticle;
    try {
      prepared = prepareArticle(article, await referencedNodes(db, references), options);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      report(index, { files: article, error });
      continue;
    }
    if (pending.some((item) => item.prepared.articleId === prepared.articleId)) await flush();
    pending.push({ index, files: article, prepared });
    for (const node of prepared.params.nodes) declared.add(node.id);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return results;
}
