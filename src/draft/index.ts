/**
 * Raw article -> draft annotation file. CoreNLP (a separate GPL-3.0 server, coreNlpServer) annotates the
 * text; entities, roles, events, claims and statements are drafted by the rules of their modules; entities
 * resolve against the graph (resolve); a reviewer edits the file and the loader checks it like any other.
 */
export { coreNlpTarget, type CoreNlpTarget } from './config';
export { startCoreNlp, buildCoreNlpClasspath, type CoreNlpServer } from './coreNlpServer';
export { annotators } from './coreNlpClient';
export { draftArticle, generator, type ArticleMeta, type DraftFile, type DraftResult } from './draft';
export { checkArticle, DraftInputError, maxArticleBytes } from './input';
export { formatDiff } from './diff';
export { judge, type Found, type Resolution } from './resolve';
