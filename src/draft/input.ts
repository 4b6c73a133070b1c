import { UserError } from '../errors';

/** Why an article cannot be drafted; the message names the file and what is wrong with it. */
export class DraftInputError extends UserError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The largest article the drafter takes; a day's article is tens of kilobytes, and CoreNLP's time grows with length. */
export const maxArticleBytes = 200_000;

const englishFunctionWords = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'an',
  'is',
  'that',
  'for',
  'with',
  'on',
  'as',
  'by',
  'was',
  'were',
  'has',
  'have',
  'it',
  'at',
  'from',
  'this',
  'be',
  'are',
  'not',
  'his',
  'her',
  'their',
]);

/**
 * Checks raw article bytes before anything is sent to CoreNLP: not empty, not binary, valid UTF-8, not too
 * large, and English (the models are English: the share of common English function words among the words,
 * measured at 30-45% on news prose, must reach 10%). Returns the text.
 */
export function checkArticle(file: string, bytes: Buffer): string {
  if (bytes.length > maxArticleBytes)
    throw new DraftInputError(file, `too large: ${bytes.length} bytes, the drafter takes at most ${maxArticleBytes} (split the article)`);
  if (bytes.includes(0)) throw new DraftInputError(file, 'binary data (it holds NUL bytes): expected the article as plain UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DraftInputError(file, 'not valid UTF-8: expected the article as plain UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DraftInputError(file, 'empty: expected the article text');
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = text.match(/[A-Za-z]/g) ?? [];
  if (letters.length > 0 && latin.length / letters.length < 0.5) {
    throw new DraftInputError(file, "not English: most of its letters are not Latin script; the drafter's models read English only");
  }
  const share = words.filter((word) => englishFunctionWords.has(word)).length / Math.max(1, words.length);
  if (words.length < 20) throw new DraftInputError(file, `too short to draft: ${words.length} words, expected an article of at least 20`);
  if (share < 0.1) {
    throw new DraftInputError(
      file,
      `not English: only ${(share * 100).toFixed(1)}% of its words are common English words (expected 10% or more); the drafter's models read English only`,
    );
  }
  return text;
}
