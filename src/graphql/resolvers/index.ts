import { accountResolvers } from './accounts';
import { eventResolvers } from './events';
import { factResolvers } from './facts';
import { graphResolvers } from './graph';
import { healthResolvers } from './health';
import { listResolvers } from './lists';
import { mentionResolvers } from './mentions';
import { negotiationResolvers } from './negotiations';
import { nodeResolvers } from './nodes';
import { sourceResolvers } from './sources';
import { sourcedResolvers } from './sourced';
import { subjectOfResolvers } from './subjectOf';

/** Every resolver map of the API, merged type by type. */
export const resolvers = mergeResolvers([
  healthResolvers,
  nodeResolvers,
  eventResolvers,
  factResolvers,
  negotiationResolvers,
  graphResolvers,
  sourceResolvers,
  accountResolvers,
  mentionResolvers,
  sourcedResolvers,
  listResolvers,
  subjectOfResolvers,
]);

type ResolverMap = Record<string, Record<string, unknown>>;

function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}
