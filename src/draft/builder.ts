import type { AnnotationFile, AnnotationNode, AnnotationRelation } from '../ingest/types';
import { evidenceItem, widen, type Span } from './text';

type Bare<T> = T extends unknown ? Omit<T, 'evidence'> : never;
export type DraftNodeBody = Bare<AnnotationNode>;
export type DraftRelationBody = Omit<AnnotationRelation, 'evidence'>;

/** A graph entity the mention may name, with the full-text score and the rule that judged it. */
export interface Candidate {
  id: string;
  name: string;
  score: number;
}

/** What the reviewer reads beside an item: how sure the drafter is, and why, and what else it could be. */
export interface Review {
  confidence: number;
  note?: string;
  candidates?: Candidate[];
}

interface DraftItem<T> {
  body: T;
  spans: Span[];
  review: Review;
}

/**
 * Collects drafted nodes and relations with the text spans that support them. Adding an id twice merges
 * the evidence (the same fact in the body, the summary table and the FAQ is one node with several quotes).
 */
export class DraftBuilder {
  readonly nodes = new Map<string, DraftItem<DraftNodeBody>>();
  readonly relations = new Map<string, DraftItem<DraftRelationBody>>();

  constructor(readonly text: string) {}

  node(body: DraftNodeBody, span: Span, confidence: number, note?: string): void {
    const known = this.nodes.get(body.id);
    if (known) {
      addSpan(known.spans, span);
      return;
    }
    this.nodes.set(body.id, { body, spans: [span], review: note ? { confidence, note } : { confidence } });
  }

  relation(body: DraftRelationBody, span: Span, confidence: number): void {
    if (body.from === body.to) return;
    const key = relationKey(body);
    const known = this.relations.get(key);
    if (known) {
      addSpan(known.spans, span);
      return;
    }
    this.relations.set(key, { body, spans: [span], review: { confidence } });
  }

  /** Renames ids after resolution, merging a drafted node into another drafted node that took the same id. */
  rename(renames: ReadonlyMap<string, string>): void {
    const nodes = [...this.nodes.values()];
    this.nodes.clear();
    for (const item of nodes) {
      const id = renames.get(item.body.id) ?? item.body.id;
      const known = this.nodes.get(id);
      if (known) {
        for (const span of item.spans) addSpan(known.spans, span);
        continue;
      }
      this.nodes.set(id, { ...item, body: { ...item.body, id } });
    }
    const relations = [...this.relations.values()];
    this.relations.clear();
    for (const item of relations) {
      const body = { ...item.body, from: renames.get(item.body.from) ?? item.body.from, to: renames.get(item.body.to) ?? item.body.to };
      if (body.side) body.side = renames.get(body.side) ?? body.side;
      for (const span of item.spans) this.relation(body, span, item.review.confidence);
    }
  }

  /** The annotation file body: nodes and relations in the order of the article's text, and the review notes by key. */
  build(): Pick<AnnotationFile, 'nodes' | 'relations'> & { review: Record<string, Review> } {
    const order = <T>(items: DraftItem<T>[]) => items.sort((a, b) => first(a.spans) - first(b.spans));
    const review: Record<string, Review> = {};
    const evidence = (spans: Span[]) =>
      spans.sort((a, b) => a.begin - b.begin).map((span) => evidenceItem(this.text, widen(this.text, span)));
    const nodes = order([...this.nodes.values()]).map((item) => {
      review[item.body.id] = item.review;
      return { ...item.body, evidence: evidence(item.spans) };
    });
    const relations = order([...this.relations.values()]).map((item) => {
      review[relationKey(item.body)] = item.review;
      return { ...item.body, evidence: evidence(item.spans) };
    });
    return { nodes, relations, review };
  }
}

/** How the review block names a relation: "PARTICIPATED_IN org:hamas -> event:x (party)". */
function relationKey(body: DraftRelationBody): string {
  return `${body.type} ${body.from} -> ${body.to}${body.role ? ` (${body.role})` : ''}`;
}

function first(spans: Span[]): number {
  return Math.min(...spans.map((span) => span.begin));
}

function addSpan(spans: Span[], span: Span): void {
  if (!spans.some((known) => known.begin === span.begin && known.end === span.end)) spans.push(span);
}
