/**
 * The part of CoreNLP's JSON output the drafter reads, and the one request it makes. Offsets are Java string
 * indices (UTF-16 code units), the same unit as JavaScript string indices, so text.slice(begin, end) holds.
 */

/**
 * Measured on the seed (see README): coref cost most of the time and its chains are not used (the drafter
 * attributes pronouns by its own rule), and the quote annotator's attribution needs coref; quotes are found
 * in the text instead. NER brings SUTime dates and normalized numbers; depparse gives event arguments.
 */
export const annotators = 'tokenize,ssplit,pos,lemma,ner,depparse';

export interface Token {
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  pos: string;
  ner: string;
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

export interface Dependency {
  dep: string;
  governor: number;
  dependent: number;
}

export interface EntityMention {
  text: string;
  ner: string;
  normalizedNER?: string;
  tokenBegin: number;
  tokenEnd: number;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  timex?: { tid: string; type: string; value?: string; altValue?: string };
}

export interface Sentence {
  index: number;
  tokens: Token[];
  basicDependencies: Dependency[];
  entitymentions: EntityMention[];
}

export interface CoreNlpDocument {
  sentences: Sentence[];
}

/**
 * Annotates `text` (with the drafter's annotators unless others are named, as the benchmark does); `published`
 * (YYYY-MM-DD) becomes SUTime's document date so relative dates resolve against it; without it the server anchors
 * them on today, which the drafter does not trust (see dates.ts).
 */
export async function annotate(
  serverUrl: string,
  text: string,
  published?: string,
  withAnnotators: string = annotators,
): Promise<CoreNlpDocument> {
  // Headings, table rows and FAQ lines stand on lines of their own: a line break always ends a sentence.
  const properties: Record<string, string> = {
    annotators: withAnnotators,
    outputFormat: 'json',
    'ssplit.newlineIsSentenceBreak': 'always',
  };
  // The document date goes as the request's `date` parameter, not as a property: the server builds (and loads
  // the models of) a new pipeline for every distinct set of properties, which would cost ~30 s per new date.
  const date = published ? `&date=${encodeURIComponent(`${published}T00:00:00`)}` : '';
  const url = `${serverUrl}/?properties=${encodeURIComponent(JSON.stringify(properties))}${date}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(text, 'utf8'),
    signal: AbortSignal.timeout(180_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`CoreNLP answered ${response.status}: ${body.slice(0, 500)}`);
  return JSON.parse(body) as CoreNlpDocument;
}
