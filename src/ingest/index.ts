/**
 * Article -> graph. The pipeline, one module per step: read (files, JSON) -> schema (ajv) -> evidence (quotes
 * to offsets) -> references -> dates -> params, run by prepare without a database; then write, one
 * transaction of the Cypher files in cypher/ingest.
 */
import type { Database } from '../db';
import { prepareArticle, readReferences, type PreparedArticle, type PrepareOptions } from './prepare';
import type { ArticleFiles } from './read';
import type { LoadSummary } from './summary';
import { referencedNodes, writeArticle, type WriteOptions } from './write';

export { prepareArticle, type PrepareOptions } from './prepare';
export { loadArticles, defaultBatchSize } from './batch';
export type { PreparedArticle } from './prepare';
export { writeArticle, writeArticles, dryRunArticle, unloadArticle, ingestQueryNames, ingestQueriesDir, type WriteOptions } from './write';
export { formatChanges } from './changes';
export { seedFiles, type ArticleFiles } from './read';
export { AnnotationError } from './issues';
export { formatSummaryLine, formatSummaryTable, type LoadSummary } from './summary';
export { calendarSpan } from './dates';
export { captionOf, idGrammar, maxIdLength } from './model';
export { datePrecisions, graphNodeTypes, type DatePrecision, type GraphNodeType, type RelationType } from './types';
export type { AnnotationFile, AnnotationNode, AnnotationRelation } from './types';

/** Checks an article's files completely, then writes them; throws AnnotationError (nothing written) on bad input. */
export async function loadArticle(db: Database, files: ArticleFiles, options: WriteOptions = {}): Promise<LoadSummary> {
  return writeArticle(db, await prepareAgainstGraph(db, files), options);
}

/** Checks an article's files, its references against the nodes the graph holds now; throws AnnotationError on bad input. */
export async function prepareAgainstGraph(db: Database, files: ArticleFiles, options: PrepareOptions = {}): Promise<PreparedArticle> {
  return prepareArticle(files, await referencedNodes(db, readReferences(files)), options);
}
