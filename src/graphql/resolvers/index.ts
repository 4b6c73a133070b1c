import { withStoredFields } from '../briefNodes';
import { withCountedPages } from '../countedPages';
import type { Resolvers } from '../generated/resolvers';
import { loadTypeDefs } from '../typeDefs';
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

/** The SDL of schema/, parsed once: the resolvers below are completed against it, and the server builds its schema from it. */
export const typeDefs = loadTypeDefs();

/**
 * Every resolver map of the API, merged type by type; the fields node types serve from their properties resolve
 * through briefNodes.ts, so a brief node fills them from the whole node, and the pages' counts through
 * countedPages.ts.
 */
export const resolvers: Resolvers = withCountedPages(
  withStoredFields(
    mergeResolvers([
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
    ]),
    typeDefs,
  ),
  typeDefs,
);

/** The maps side by side; each was checked against the generated Resolvers type where it is written. */
function mergeResolvers(maps: Resolvers[]): Resolvers {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}
