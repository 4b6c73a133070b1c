/**
 * Article -> graph. The pipeline, one module per step: read (files, JSON) -> schema (ajv) -> evidence (quotes
 * to offsets) -> references -> dates -> params, run by prepare without a database; then write, one
 * transaction of the Cypher files in cypher/ingest.
 */
import type { Database } from '../db';
import { prepareArticle } from './prepare';
import type { ArticleFiles } from './read';
import type { LoadSummary } from './summary';
import { writeArticle } from './write';

export { prepareArticle, type PreparedArticle, type PrepareOptions } from './prepare';
export { writeArticle, ingestQueries, ingestQueryNames, ingestQueriesDir } from './write';
export { readArticleFiles, seedFiles, type ArticleFiles } from './read';
export { AnnotationError, type Issue } from './issues';
export { formatSummaryLine, formatSummaryTable, type LoadSummary } from './summary';
export { calendarSpan } from './dates';
export { idGrammar, maxIdLength } from './model';
export type { AnnotationFile, AnnotationNode, AnnotationRelation, NodeType, RelationType } from './types';

/** Checks an article's files completely, then writes them; throws AnnotationError (nothing written) on bad input. */
export async function loadArticle(db: Database, files: ArticleFiles): Promise<LoadSummary> {
  return writeArticle(db, prepareArticle(files));
}
