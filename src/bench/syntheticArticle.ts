import fs from 'node:fs';
import path from 'node:path';
import type { AnnotationFile, AnnotationNode, AnnotationRelation } from '../ingest';

const people = 10;
const events = 10;

/**
 * Writes a synthetic article of about 2 KB with about 100 facts into `dir` and returns its annotation file's
 * path: it describes org:hamas and org:united-states (as every synthetic article does), states the fact between
 * them, and adds ten people and ten events of its own, with the hubs and the people taking part in the events.
 * Every quote is a numbered token that occurs once in the text.
 */
export function writeSyntheticArticle(dir: string, n: number): string {
  const sentences: string[] = [`Bench article ${n}: Hamas and the US met again.`];
  let token = 0;
  const quote = (words: string) => {
    const tag = `[q${String(token++).padStart(3, '0')}]`;
    sentences.push(`${tag} ${words}.`);
    return tag;
  };
  const nodes: AnnotationNode[] = [
    {
      id: 'org:hamas',
      type: 'Organization',
      name: 'Hamas',
      kind: 'armed group',
      description: 'an armed group',
      aliases: [`the movement ${n % 50}`],
      evidence: [quote('Hamas')],
    },
    { id: 'org:united-states', type: 'Organization', name: 'United States', kind: 'state', aliases: ['US'], evidence: [quote('the US')] },
  ];
  const relations: AnnotationRelation[] = [
    { type: 'PART_OF', from: 'org:hamas', to: 'org:united-states', evidence: [quote('Hamas with the US')] },
  ];
  for (let e = 0; e < events; e += 1) {
    const id = `event:bench-${n}-${e}`;
    nodes.push({
      id,
      type: 'Event',
      kind: 'talks',
      title: `Talks ${e}`,
      summary: `Round ${e} of article ${n}`,
      date: { text: null, precision: 'unknown' },
      evidence: [quote(`round ${e}`)],
    });
    relations.push({
      type: 'PARTICIPATED_IN',
      from: 'org:hamas',
      to: id,
      role: 'party',
      side: 'org:hamas',
      evidence: [quote(`Hamas in round ${e}`)],
    });
    relations.push({
      type: 'PARTICIPATED_IN',
      from: 'org:united-states',
      to: id,
      role: 'party',
      side: 'org:united-states',
      evidence: [quote(`US in round ${e}`)],
    });
  }
  for (let p = 0; p < people; p += 1) {
    const id = `person:bench-${n}-${p}`;
    nodes.push({ id, type: 'Person', name: `Person ${p} of ${n}`, evidence: [quote(`person ${p}`)] });
    relations.push({ type: 'HOLDS_ROLE', from: id, to: 'org:united-states', title: 'envoy', evidence: [quote(`person ${p} is an envoy`)] });
    for (let e = 0; e < 7; e += 1) {
      relations.push({
        type: 'PARTICIPATED_IN',
        from: id,
        to: `event:bench-${n}-${(p + e) % events}`,
        role: 'negotiator',
        side: 'org:united-states',
        evidence: [quote(`person ${p} at round ${(p + e) % events}`)],
      });
    }
  }
  const textFile = `bench-${n}.txt`;
  const doc: AnnotationFile = {
    article: { id: `article:bench-${n}`, title: `Bench ${n}`, textFile, source: 'synthetic', published: '2025-01-01' },
    nodes,
    relations,
  };
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const annotations = path.join(dir, `bench-${n}.annotations.json`);
  fs.writeFileSync(annotations, JSON.stringify(doc));
  return annotations;
}
