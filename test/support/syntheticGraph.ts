import type { Database } from '../../src/db';

/**
 * Removes the bench generator's synthetic graph (cypher/bench/generate-*.cypher) from a test store: its nodes, and the
 * Evidence records of its facts, which are not :Node and would otherwise outlive them (a store holding Evidence reads
 * as one of the many-sources model to the store-model check).
 */
export async function removeSyntheticGraph(db: Database): Promise<void> {
  await db.write(
    `MATCH (n:Node) WHERE n.id STARTS WITH 'event:syn-' OR n.id STARTS WITH 'org:syn-' OR n.id STARTS WITH 'person:syn-' OR n.id STARTS WITH 'article:syn-' DETACH DELETE n`,
  );
  await db.write(`MATCH (ev:Evidence) WHERE ev.article STARTS WITH 'article:syn-' DELETE ev`);
}
