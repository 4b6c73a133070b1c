import DataLoader from 'dataloader';
import type { Params, Row } from '../../db';
import { toEvidence, toLink, toNode } from '../mapping';
import type { EvidenceModel, LinkModel, NodeModel } from '../models';
import type { QueryName } from '../queryNames';

/** Runs one of the API's query files with parameters; the context binds it to the request's database. */
export type QueryRunner = (name: QueryName, params: Params) => Promise<Row[]>;

/**
 * How many links one parent may bring back through a nested field (an organization's events, a node's
 * articles): a nested list stays bounded however many articles mention its parent.
 */
export const perParentLimit = 100;

/** The DataLoaders of one request: each nested field asks its loader, and each loader sends one query per batch. */
export interface Loaders {
  /** Any node by id; null for an id the graph does not hold. */
  node: DataLoader<string, NodeModel | null>;
  /** The quotes that mention a node (MENTIONED_IN). */
  evidence: DataLoader<string, EvidenceModel[]>;
  participants: DataLoader<string, LinkModel[]>;
  eventsOfActor: DataLoader<string, LinkModel[]>;
  rolesOfPerson: DataLoader<string, LinkModel[]>;
  affiliations: DataLoader<string, LinkModel[]>;
  eventLinks: DataLoader<string, LinkModel[]>;
  terms: DataLoader<string, LinkModel[]>;
  proposalParties: DataLoader<string, LinkModel[]>;
  termParties: DataLoader<string, LinkModel[]>;
  speakers: DataLoader<string, LinkModel[]>;
  sources: DataLoader<string, LinkModel[]>;
  subjects: DataLoader<string, LinkModel[]>;
  proposalsOfActor: DataLoader<string, LinkModel[]>;
  statementsOfActor: DataLoader<string, LinkModel[]>;
  claimsOfActor: DataLoader<string, LinkModel[]>;
}

function groupById(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = String(row.id);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/**
 * A loader over a batch query that takes `$ids` (and `$limit` per id) and returns rows with an `id` column,
 * any number per id; `collect` turns one id's rows into its value, in key order as DataLoader requires.
 */
function batchLoader<T>(read: QueryRunner, name: QueryName, collect: (rows: Row[]) => T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const groups = groupById(await read(name, { ids: [...ids], limit: perParentLimit }));
    return ids.map((id) => collect(groups.get(id) ?? []));
  });
}

function linkLoader(read: QueryRunner, name: QueryName, nodeColumn: string): DataLoader<string, LinkModel[]> {
  return batchLoader(read, name, (rows) => rows.map((row) => toLink(row, nodeColumn)));
}

/** New loaders for one request, so that nothing one request caches is seen by another. */
export function createLoaders(read: QueryRunner): Loaders {
  return {
    node: new DataLoader<string, NodeModel | null>(async (ids) => {
      const found = new Map((await read('entities-by-id', { ids: [...ids] })).map((row) => [String(row.id), toNode(row.node)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    evidence: batchLoader(read, 'evidence-by-node', (rows) => rows.flatMap((row) => toEvidence(row.relation as Row))),
    participants: linkLoader(read, 'participants-by-event', 'actor'),
    eventsOfActor: linkLoader(read, 'events-by-actor', 'event'),
    rolesOfPerson: linkLoader(read, 'roles-by-person', 'organization'),
    affiliations: linkLoader(read, 'affiliations-by-organization', 'other'),
    eventLinks: linkLoader(read, 'links-by-event', 'other'),
    terms: linkLoader(read, 'terms-by-proposal', 'term'),
    proposalParties: linkLoader(read, 'parties-by-proposal', 'actor'),
    termParties: linkLoader(read, 'parties-by-term', 'actor'),
    speakers: linkLoader(read, 'speakers-by-statement', 'actor'),
    sources: linkLoader(read, 'sources-by-claim', 'actor'),
    subjects: linkLoader(read, 'subjects-by-node', 'subject'),
    proposalsOfActor: linkLoader(read, 'proposals-by-actor', 'proposal'),
    statementsOfActor: linkLoader(read, 'statements-by-actor', 'statement'),
    claimsOfActor: linkLoader(read, 'claims-by-actor', 'claim'),
  };
}
