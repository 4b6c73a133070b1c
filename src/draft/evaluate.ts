import { ArticleText, resolveEvidence } from '../ingest/evidence';
import type { AnnotationFile, AnnotationNode, AnnotationRelation } from '../ingest/types';
import { nonFactualSpans, type Span } from './text';

/** Precision, recall and F1 of one row of the table. */
export interface Score {
  label: string;
  drafted: number;
  curated: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  nodes: Score[];
  relations: Score[];
  /** The goals: recall of the curated items the draft got right in the stricter sense each names. */
  goals: { label: string; hit: number; of: number; recall: number }[];
  /** Drafted events whose evidence lies only in speculative sections: the goal is none. */
  speculativeEvents: number;
  /** Curated id -> drafted id, for reading the matches. */
  matches: Map<string, string>;
}

const evaluatedNodeTypes = ['Person', 'Organization', 'Place', 'Event', 'Proposal', 'Statement', 'Claim'] as const;

function score(label: string, drafted: number, curated: number, matched: number): Score {
  const precision = drafted === 0 ? (curated === 0 ? 1 : 0) : matched / drafted;
  const recall = curated === 0 ? (drafted === 0 ? 1 : 0) : matched / curated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, drafted, curated, matched, precision, recall, f1 };
}

function spansOf(text: ArticleText, item: { evidence: AnnotationNode['evidence'] }): Span[] {
  return resolveEvidence(text, item.evidence).passages.map((passage) => ({ begin: passage.start, end: passage.end }));
}

function overlap(a: Span[], b: Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, Math.min(x.end, y.end) - Math.max(x.begin, y.begin));
  return best;
}

/** Whether two nodes of one type can be the same fact, beyond sharing evidence: events of one kind, claims of one value. */
function compatible(drafted: AnnotationNode, curated: AnnotationNode): boolean {
  if (drafted.type === 'Event' && curated.type === 'Event') return drafted.kind === curated.kind;
  if (drafted.type === 'Claim' && curated.type === 'Claim') return drafted.value === curated.value;
  return true;
}

/**
 * Scores a draft against a curated file of the same article. The matching rule: a drafted node matches a
 * curated node of the same type when it has the same id (after resolution against the graph), or when their
 * evidence passages overlap and (events) their kinds or (claims) their values agree; each node matches at
 * most one, same ids first, then the largest overlap. A drafted relation matches a curated one of the same
 * type whose ends are the nodes its ends matched (and, for PARTICIPATED_IN, with the same role).
 */
export function evaluateDraft(articleText: string, drafted: AnnotationFile, curated: AnnotationFile): Evaluation {
  const text = new ArticleText(articleText);
  const pairs: { d: AnnotationNode; c: AnnotationNode; weight: number }[] = [];
  const draftedSpans = new Map(drafted.nodes.map((node) => [node.id, spansOf(text, node)]));
  for (const c of curated.nodes) {
    const cSpans = spansOf(text, c);
    for (const d of drafted.nodes) {
      if (d.type !== c.type || !compatible(d, c)) continue;
      const weight = d.id === c.id ? Number.MAX_SAFE_INTEGER : overlap(draftedSpans.get(d.id)!, cSpans);
      if (weight > 0) pairs.push({ d, c, weight });
    }
  }
  pairs.sort((a, b) => b.weight - a.weight);
  const matches = new Map<string, string>();
  const taken = new Set<string>();
  for (const { d, c } of pairs) {
    if (matches.has(c.id) || taken.has(d.id)) continue;
    matches.set(c.id, d.id);
    taken.add(d.id);
  }
  const toCurated = new Map([...matches].map(([c, d]) => [d, c]));

  const nodes = evaluatedNodeTypes.map((type) => {
    const curatedOfType = curated.nodes.filter((node) => node.type === type);
    return score(
      type,
      drafted.nodes.filter((node) => node.type === type).length,
      curatedOfType.length,
      curatedOfType.filter((node) => matches.has(node.id)).length,
    );
  });

  // A drafted end that matched no curated node keys as `?`, which no curated id is.
  const relationKey = (r: AnnotationRelation, from: string | undefined, to: string | undefined) =>
    `${r.type}|${from ?? '?'}|${to ?? '?'}|${r.type === 'PARTICIPATED_IN' ? (r.role ?? '') : ''}`;
  const curatedKeys = new Map(curated.relations.map((r) => [relationKey(r, r.from, r.to), r]));
  const draftedKeys = new Set(drafted.relations.map((r) => relationKey(r, toCurated.get(r.from), toCurated.get(r.to))));
  const types = [...new Set([...curated.relations, ...drafted.relations].map((r) => r.type))].sort();
  const relations = types.map((type) => {
    const curatedOfType = [...curatedKeys.keys()].filter((key) => key.startsWith(`${type}|`));
    return score(
      type,
      drafted.relations.filter((r) => r.type === type).length,
      curatedOfType.length,
      curatedOfType.filter((key) => draftedKeys.has(key)).length,
    );
  });

  const byId = new Map(drafted.nodes.map((node) => [node.id, node]));
  const goal = (label: string, items: AnnotationNode[], hit: (curatedNode: AnnotationNode, draftedNode: AnnotationNode) => boolean) => {
    const hits = items.filter((c) => {
      const d = matches.has(c.id) ? byId.get(matches.get(c.id)!) : undefined;
      return d !== undefined && hit(c, d);
    }).length;
    return { label, hit: hits, of: items.length, recall: items.length === 0 ? 1 : hits / items.length };
  };
  const speakers = (id: string, relations: AnnotationRelation[], map: (x: string) => string | undefined) =>
    new Set(relations.filter((r) => r.type === 'STATED' && r.to === id).map((r) => map(r.from)));
  const participations = curated.relations.filter((r) => r.type === 'PARTICIPATED_IN');
  const goals = [
    goal(
      'claims with the right qualifier',
      curated.nodes.filter((n) => n.type === 'Claim'),
      (c, d) => c.type === 'Claim' && d.type === 'Claim' && c.qualifier === d.qualifier,
    ),
    goal(
      'statements with the right speaker',
      curated.nodes.filter((n) => n.type === 'Statement'),
      (c, d) => {
        const curatedSpeakers = speakers(c.id, curated.relations, (x) => x);
        return [...speakers(d.id, drafted.relations, (x) => toCurated.get(x))].some((s) => s !== undefined && curatedSpeakers.has(s));
      },
    ),
    goal(
      'dated events with the right date',
      curated.nodes.filter((n) => n.type === 'Event' && n.date.precision !== 'unknown'),
      (c, d) =>
        c.type === 'Event' &&
        d.type === 'Event' &&
        c.date.precision === d.date.precision &&
        c.date.value === d.date.value &&
        c.date.earliest === d.date.earliest &&
        c.date.latest === d.date.latest,
    ),
    {
      label: 'participations with the right role',
      hit: participations.filter((r) => draftedKeys.has(relationKey(r, r.from, r.to))).length,
      of: participations.length,
      recall:
        participations.length === 0
          ? 1
          : participations.filter((r) => draftedKeys.has(relationKey(r, r.from, r.to))).length / participations.length,
    },
  ];

  const { speculative } = nonFactualSpans(articleText);
  // Offsets from the loader's evidence are code points; the sections are string indices: compare in one unit.
  const toIndex = (codePoint: number) => Array.from(articleText).slice(0, codePoint).join('').length;
  const speculativeEvents = drafted.nodes.filter(
    (node) =>
      node.type === 'Event' &&
      (draftedSpans.get(node.id) ?? []).every((span) =>
        speculative.some((s) => toIndex(span.begin) >= s.begin && toIndex(span.end) <= s.end),
      ),
  ).length;
  return { nodes, relations, goals, speculativeEvents, matches };
}

const pct = (value: number) => value.toFixed(2);

/** The evaluation as a Markdown table, as the README shows it. */
export function formatEvaluation(evaluation: Evaluation): string {
  const row = (s: Score) =>
    `| ${s.label} | ${s.drafted} | ${s.curated} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
  const header = '| type | drafted | curated | matched | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|';
  return [
    header,
    ...evaluation.nodes.map(row),
    '',
    header.replace('| type |', '| relation |'),
    ...evaluation.relations.map(row),
    '',
    '| goal | hit | of | recall |\n|---|---:|---:|---:|',
    ...evaluation.goals.map((g) => `| ${g.label} | ${g.hit} | ${g.of} | ${pct(g.recall)} |`),
    `| events drafted from speculative sections | ${evaluation.speculativeEvents} | | |`,
    '',
  ].join('\n');
}
