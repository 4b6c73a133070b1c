import type { EvidenceModel } from '../models';

/** The quotes of several facts, each once: facts that share a passage (two sides of one talks) cite it once. */
export function uniqueEvidence(lists: EvidenceModel[][]): EvidenceModel[] {
  const seen = new Map<string, EvidenceModel>();
  for (const evidence of lists.flat()) {
    const key = `${evidence.articleId}\u0000${evidence.start ?? ''}\u0000${evidence.end ?? ''}\u0000${evidence.quote}`;
    if (!seen.has(key)) seen.set(key, evidence);
  }
  return [...seen.values()];
}
