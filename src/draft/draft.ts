import path from 'node:path';
import type { Database } from '../db';
import type { AnnotationFile } from '../ingest/types';
import { DraftBuilder, type Review } from './builder';
import { draftClaims } from './claims';
import { annotate } from './coreNlpClient';
import { AnnotatedDocument } from './document';
import { draftEntities } from './entities';
import { draftEvents } from './events';
import { draftProposals } from './proposals';
import { resolveEntities, type Resolution } from './resolve';
import { draftRoles } from './roles';
import { draftParaphrases, draftStatements } from './statements';
import { nonFactualSpans, quotations, slug } from './text';

/** What the article is, as the user gives it on the command line. */
export interface ArticleMeta {
  /** The article's file, and the draft's: textFile is written relative to the draft. */
  articleFile: string;
  outFile: string;
  source?: string;
  url?: string;
  /** YYYY-MM-DD; anchors relative dates. */
  published?: string;
}

/** The draft marker: the loader refuses a file that has it unless told --accept-draft. */
export interface DraftMarker {
  generator: string;
  createdAt: string;
  /** Per node id or relation key: the drafter's confidence, its reason, and candidates where unsure. */
  review: Record<string, Review>;
}

export type DraftFile = AnnotationFile & { draft: DraftMarker };

export interface DraftResult {
  file: DraftFile;
  resolutions: Map<string, Resolution>;
  timings: { annotateMs: number; draftMs: number };
}

const generator = 'diplomacy-graph drafter (Stanford CoreNLP 4.5.7)';

/**
 * Drafts the annotation file of one article: CoreNLP annotates the text, the rules of src/draft turn its
 * output into nodes and relations with computed evidence, and (when a database is given) entities resolve
 * to the graph's ids. The result passes the loader's checks unchanged, and carries the draft marker.
 */
export async function draftArticle(serverUrl: string, text: string, meta: ArticleMeta, db?: Database): Promise<DraftResult> {
  const started = Date.now();
  const parsed = await annotate(serverUrl, text, meta.published);
  const annotated = Date.now();
  const doc = new AnnotatedDocument(text, parsed);
  const draft = new DraftBuilder(text);
  const { speculative, headings } = nonFactualSpans(text);
  const quotes = quotations(text);
  const excluded = { speculative, headings, quotes };
  // A quoted phrase of a few words ("last warning") is the narrator's sentence; a longer quote is what someone said.
  const spokenQuotes = quotes.filter((quote) => text.slice(quote.begin, quote.end).trim().split(/\s+/).length >= 4);

  const entities = draftEntities(doc, draft);
  draftRoles(doc, entities, draft);
  const events = draftEvents(doc, entities, draft, { ...excluded, quotes: spokenQuotes }, meta.published !== undefined);
  const claims = draftClaims(doc, entities, draft, excluded);
  // A figure is about the events its sentence reports ("This attack resulted in the deaths of over 1,200 people").
  for (const [sentence, ids] of claims) {
    for (const event of new Set(events.get(sentence) ?? [])) {
      for (const claim of ids) draft.relation({ type: 'ABOUT', from: claim, to: event }, doc.sentenceSpan(sentence), 0.4);
    }
  }
  draftProposals(doc, entities, draft, { ...excluded, quotes: spokenQuotes }, claims);
  draftStatements(doc, entities, draft, quotes, headings);
  draftParaphrases(doc, entities, draft, quotes, [...headings, ...speculative]);
  const resolutions = db ? await resolveEntities(db, draft) : new Map<string, Resolution>();

  const title = text
    .split('\n')
    .find((line) => line.trim() !== '')!
    .trim();
  const { nodes, relations, review } = draft.build();
  const source = meta.source ?? 'unknown source';
  const file: DraftFile = {
    article: {
      id: `article:${slug(title).slice(0, 80).replace(/-+$/, '')}`,
      title,
      textFile: path.relative(path.dirname(path.resolve(meta.outFile)), path.resolve(meta.articleFile)),
      source,
      published: meta.published ?? null,
      ...(meta.source ? { publisher: meta.source } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      // checkArticle let through only English text, which the models read.
      language: 'en',
    },
    nodes,
    relations,
    draft: { generator, createdAt: new Date().toISOString(), review },
  };
  return { file, resolutions, timings: { annotateMs: annotated - started, draftMs: Date.now() - annotated } };
}
