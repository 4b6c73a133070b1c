import type { Params, Row } from '../../db';
import { BadUserInputError } from '../../errors';
import { nodeKinds, proposalStatuses } from '../../ingest/types';
import type { Context } from '../context';
import { decodeId, encodeId } from '../cursor';
import { narrow, toNode } from '../mapping';
import type { QueryName } from '../queryNames';
import type { Resolvers } from '../generated/resolvers';
import type { PageArgs } from '../paging';
import { queryRanges } from '../argumentRanges';
import { answerOrCheck, existingNode } from './lookup';
import { dateRange, intInRange, optionalList, optionalNodeId, optionalWords, rangeMatch } from '../validation';

type FactTypename = 'Proposal' | 'Statement' | 'Claim';
const listFields = { Proposal: 'proposals', Statement: 'statements', Claim: 'claims' } as const satisfies Record<FactTypename, string>;

/** A proposals statuses filter: statuses of the annotation schema's closed list, so a misspelt one is refused, not matched by nothing. */
function optionalStatuses(value: unknown): string[] | null {
  const statuses = optionalList('statuses', value, queryRanges.proposals.statuses, 'proposal statuses such as "proposed"');
  const unknown = (statuses ?? []).filter((status) => !(proposalStatuses as readonly string[]).includes(status));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      'statuses',
      `expected statuses among ${proposalStatuses.join(', ')}, got ${unknown.map((s) => `"${s}"`).join(', ')}`,
    );
  }
  return statuses;
}

/** A date range as the timeline takes it: from, to and how an interval meets them. */
function dateFilter(args: { from?: string | null; to?: string | null; match?: string | null }): Params {
  return { ...dateRange('from', args.from, 'to', args.to), match: rangeMatch('match', args.match) };
}

/**
 * A top-level list in id order: `ids` checks the node-id filters and `filters` the others into the parameters its
 * two query files share; the page file takes them with the cursor's id and a limit, the count file with nothing more
 * (run only when a client asks for totalCount).
 */
function factList<T extends FactTypename, A extends PageArgs>(
  page: QueryName,
  count: QueryName,
  column: string,
  typename: T,
  ids: (args: A) => Record<string, string | null>,
  filters: (args: A) => Params,
) {
  // Each list's own range of first (argumentRanges.ts).
  const firstRange = queryRanges[listFields[typename]].first;
  return async (_parent: unknown, args: A, context: Context) => {
    const { read } = context;
    const nodeIds = ids(args);
    const params = { ...nodeIds, ...filters(args) };
    const first = intInRange('first', args.first, firstRange);
    const after = decodeId('after', args.after, nodeKinds[typename].prefix);
    // One row more than asked says whether another page follows. An id no node has is NOT_FOUND, as everywhere in the
    // API (checked only when the page is empty: rows show their filters' nodes exist).
    const rows = await answerOrCheck(
      context,
      () => read(page, { ...params, after, limit: first + 1 }),
      () => Promise.all(Object.entries(nodeIds).flatMap(([name, id]) => (id === null ? [] : [existingNode(name, id, context)]))),
    );
    const edges = rows.slice(0, first).map((row: Row) => {
      const model = toNode(row[column]);
      return { node: narrow(model, typename), cursor: encodeId(model.id) };
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => Number((await read(count, params))[0]?.total ?? 0),
    };
  };
}

/** Query.proposals, statements and claims: the facts of every article, filtered and paged. */
export const listResolvers = {
  Query: {
    proposals: factList(
      'proposal-list',
      'proposal-list-count',
      'proposal',
      'Proposal',
      (args) => ({
        proposerId: optionalNodeId('proposerId', args.proposerId),
        addresseeId: optionalNodeId('addresseeId', args.addresseeId),
        articleId: optionalNodeId('articleId', args.articleId),
      }),
      (args) => ({ statuses: optionalStatuses(args.statuses), ...dateFilter(args) }),
    ),
    statements: factList(
      'statement-list',
      'statement-list-count',
      'statement',
      'Statement',
      (args) => ({ speakerId: optionalNodeId('speakerId', args.speakerId), articleId: optionalNodeId('articleId', args.articleId) }),
      (args) => dateFilter(args),
    ),
    claims: factList(
      'claim-list',
      'claim-list-count',
      'claim',
      'Claim',
      (args) => ({
        sourceId: optionalNodeId('sourceId', args.sourceId),
        subjectId: optionalNodeId('subjectId', args.subjectId),
        articleId: optionalNodeId('articleId', args.articleId),
      }),
      (args) => ({ unit: optionalWords('unit', args.unit) }),
    ),
  },
} satisfies Resolvers;
