import path from 'node:path';
import { QueryLibrary, cypherDir, type Database } from '../db';
import { organizationKinds, type OrganizationKind } from '../ingest/types';
import type { Candidate, DraftBuilder } from './builder';

/** A graph entity the full-text index returned for a mention. */
export interface Found extends Candidate {
  kind?: OrganizationKind;
  exact: boolean;
}

/** How one drafted entity resolved: to an existing id (with how sure), or to a new id. */
export type Resolution =
  | { kind: 'existing'; id: string; name: string; entityKind?: OrganizationKind; confidence: number; candidates: Candidate[] }
  | { kind: 'new'; candidates: Candidate[] };

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * The resolution rules, in order:
 * 1. one graph entity of the same type whose name or an alias equals the mention (ignoring case): reuse it (0.95);
 *    several: reuse the best-scored, listing the others (0.6);
 * 2. else one candidate whose name holds every word of the mention or whose words the mention all holds
 *    ("Trump" / "Donald Trump"): reuse it, listing the candidates (0.7);
 * 3. else a new id, with the full-text candidates listed for the reviewer.
 */
export function judge(mention: string, found: readonly Found[]): Resolution {
  const candidates = found.slice(0, 5).map(({ id, name, score }) => ({ id, name, score: Math.round(score * 100) / 100 }));
  const exact = found.filter((candidate) => candidate.exact);
  if (exact.length > 0) {
    const best = exact[0]!;
    return {
      kind: 'existing',
      id: best.id,
      name: best.name,
      entityKind: best.kind,
      confidence: exact.length === 1 ? 0.95 : 0.6,
      candidates: exact.length === 1 ? [] : candidates,
    };
  }
  const words = wordsOf(mention);
  const contained = found.filter((candidate) => {
    const theirs = wordsOf(candidate.name);
    return words.length > 0 && (words.every((word) => theirs.includes(word)) || theirs.every((word) => words.includes(word)));
  });
  if (contained.length === 1) {
    const only = contained[0]!;
    return { kind: 'existing', id: only.id, name: only.name, entityKind: only.kind, confidence: 0.7, candidates };
  }
  return { kind: 'new', candidates };
}

/** Escapes Lucene's special characters so a name is searched as words. */
export function luceneWords(name: string): string {
  return name
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

let queries: QueryLibrary | undefined;

/**
 * Resolves every drafted person, organization and place against the graph in one round trip, renames the
 * draft's ids to the existing ones, takes the graph's name and kind for them (so loading the draft does not
 * rewrite what another article set), and records the rule's confidence and candidates for the reviewer.
 * Returns the resolutions by drafted id.
 */
export async function resolveEntities(db: Database, draft: DraftBuilder): Promise<Map<string, Resolution>> {
  queries ??= QueryLibrary.load(['resolve-entities'], path.join(cypherDir, 'draft'));
  const entities = [...draft.nodes.values()].filter((item) => ['Person', 'Organization', 'Place'].includes(item.body.type));
  const mentions = entities
    .map((item) => ({ key: item.body.id, name: (item.body as { name: string }).name, label: item.body.type }))
    .map((mention) => ({ ...mention, query: luceneWords(mention.name) }))
    .filter((mention) => mention.query !== '');
  const rows = mentions.length === 0 ? [] : await db.read(queries.get('resolve-entities'), { mentions, limit: 5 });
  const found = new Map<string, Found[]>();
  for (const row of rows) {
    const key = row.key as string;
    found.set(key, [
      ...(found.get(key) ?? []),
      {
        id: row.id as string,
        name: row.name as string,
        kind: organizationKinds.find((kind) => kind === row.kind),
        score: row.score as number,
        exact: row.exact as boolean,
      },
    ]);
  }
  const resolutions = new Map<string, Resolution>();
  const renames = new Map<string, string>();
  for (const item of entities) {
    const name = (item.body as { name: string }).name;
    const resolution = judge(name, found.get(item.body.id) ?? []);
    resolutions.set(item.body.id, resolution);
    if (resolution.kind === 'existing') {
      renames.set(item.body.id, resolution.id);
      (item.body as { name: string }).name = resolution.name;
      if (item.body.type === 'Organization' && resolution.entityKind) item.body.kind = resolution.entityKind;
      item.review = {
        confidence: resolution.confidence,
        note: `resolved to ${resolution.id} (mention "${name}")`,
        ...(resolution.candidates.length ? { candidates: resolution.candidates } : {}),
      };
    } else if (resolution.candidates.length > 0) {
      item.review = { ...item.review, note: `new id; the graph holds similar names: check`, candidates: resolution.candidates };
    }
  }
  draft.rename(renames);
  return resolutions;
}
