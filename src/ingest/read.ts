import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { displayPath, type Issue } from './issues';
import { findJsonSyntaxError } from './jsonSyntax';
import { inputLimits } from './limits';

/** The two files of one article: its annotations, and its text (by default the annotation's `article.textFile`). */
export interface ArticleFiles {
  annotations: string;
  /** The article text; when absent, `article.textFile` resolved against the annotation file's folder. */
  article?: string;
}

/** The seed article of seed/, which `npm run seed` and `npm start` load. */
export const seedFiles: Required<ArticleFiles> = {
  annotations: path.join(projectRoot, 'seed', 'us-hamas-direct-talks.annotations.json'),
  article: path.join(projectRoot, 'seed', 'us-hamas-direct-talks.txt'),
};

/** What the read step hands on: the parsed annotations (not yet checked) and the article text, verbatim. */
export interface ReadArticle {
  annotationsFile: string;
  articleFile: string;
  /** Paths as shown in messages. */
  annotationsName: string;
  articleName: string;
  document: unknown;
  text: string;
}

/** Reads a text file of at most `maxBytes`; a larger one is refused before it is read. */
function readText(file: string, maxBytes: number, what: string): { text: string } | { issue: Issue } {
  try {
    const { size } = fs.statSync(file);
    if (size > maxBytes) {
      return { issue: { file: displayPath(file), entry: 'file', reason: `is ${size} bytes; ${what} may have at most ${maxBytes}` } };
    }
    return { text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    return { issue: { file: displayPath(file), entry: 'file', reason: `cannot be read: ${(error as Error).message}` } };
  }
}

/**
 * Reads the annotation file and parses it as JSON, then reads the article text. A JSON syntax error is
 * reported with its line and column; nothing after a failed read can be checked, so this step fails alone.
 */
export function readArticleFiles(files: ArticleFiles): { read: ReadArticle } | { issues: Issue[] } {
  const annotationsFile = path.resolve(files.annotations);
  const annotationsName = displayPath(annotationsFile);
  const annotations = readText(annotationsFile, inputLimits.annotationBytes, 'an annotation file');
  if ('issue' in annotations) return { issues: [annotations.issue] };

  // An editor may save a byte-order mark; it is not part of the JSON.
  const json = annotations.text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    const found = findJsonSyntaxError(json);
    const where = found ? `line ${found.line}, column ${found.column}` : 'JSON';
    const reason = `invalid JSON: ${found?.message ?? (error as Error).message}`;
    return { issues: [{ file: annotationsName, entry: where, reason }] };
  }

  let articleFile: string;
  if (files.article !== undefined) {
    articleFile = path.resolve(files.article);
  } else {
    const textFile = (document as { article?: { textFile?: unknown } } | null)?.article?.textFile;
    if (typeof textFile !== 'string' || textFile === '') {
      return {
        issues: [{ file: annotationsName, entry: 'article', reason: 'textFile: expected the path of the article text, got nothing' }],
      };
    }
    articleFile = path.resolve(path.dirname(annotationsFile), textFile);
  }
  const article = readText(articleFile, inputLimits.articleBytes, 'an article text');
  if ('issue' in article) return { issues: [article.issue] };
  return { read: { annotationsFile, articleFile, annotationsName, articleName: displayPath(articleFile), document, text: article.text } };
}
