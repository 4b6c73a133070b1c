/**
 * Raw article -> draft annotation file. CoreNLP (a separate GPL-3.0 server, coreNlpServer) annotates the
 * text; entities, roles, events, claims and statements are drafted by the rules of their modules; entities
 * resolve against the graph (resolve); a reviewer edits the file and the loader checks it like any other.
 */
export { coreNlpTarget } from './config';
export { startCoreNlp, type CoreNlpServer } from './coreNlpServer';
export { annotators } from './coreNlpClient';
export { draftArticle, type DraftFile } from './draft';
export { checkArticle, DraftInputError, maxArticleBytes } from './input';
export { formatDiff } from './diff';
