import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context';
import { decodeOffset, encodeOffset } from './cursor';
import { firstPage, type ListName, type Loaders, type NestedPage, type PageKey } from './loaders';
import type { LinkModel } from './models';
import { nestedFirst } from './argumentRanges';
import { intInRange } from './validation';
import { oncePerRequest, selectsBriefOnly } from './lookAhead';

/**
 * The arguments of a paged nested list as resolvers receive them: `first` (the SDL gives its default, a client may
 * still send null), on a connection `after`, and on participants a `roles` filter. Their values are checked here
 * and by the `roles` reader, not trusted from the types.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  roles?: readonly string[] | null;
}

/**
 * Nested lists that grow with the corpus (an actor's events, an event's participants, ...) come two ways: the
 * plain list takes `first` (default 20 in the SDL, as the query cost model counts it; maximum 100), and its
 * `...Connection` sibling pages through the
 * whole list with `first`/`after` and says how long it is (totalCount), so no list is cut without the client
 * being able to tell and ask for the rest.
 */

/** The page a plain nested list asks for: its first `first` items. */
export function listPage(id: string, args: PageArgs): PageKey {
  return { ...firstPage(id), limit: intInRange('first', args.first, nestedFirst) };
}

/** The page a connection asks for, one item more than `first` to tell whether another page follows. */
export function connectionPage(id: string, args: PageArgs): { key: PageKey; first: number } {
  const first = intInRange('first', args.first, nestedFirst);
  const after = decodeOffset('after', args.after);
  return { key: { id, skip: after === null ? 0 : after + 1, limit: first + 1 }, first };
}

/** A connection over one page of items; totalCount is a function, so it is only counted when asked for. */
export function toConnection<T>(items: T[], key: PageKey, first: number, totalCount: () => Promise<number>) {
  const edges = items.slice(0, first).map((node, index) => ({ cursor: encodeOffset(key.skip + index), node }));
  return { edges, pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/**
 * The resolvers of a paged nested list and of its connection: `loader` picks the request's page loader, `list`
 * names the list for its totalCount, and `map` shapes a link into the SDL type. Options: `roles` reads a roles
 * filter from the arguments (participants only); `node` names the field of an item that holds the node, for a loader
 * whose query can return brief nodes (briefNodes.ts; its `shaped` flag in loaders/index.ts): the key then says
 * whether the request selects more of it. Without `node` such a loader reads whole nodes, which is right but slower.
 * `nested` reads, below the item at `path`, the nested page the request will ask for, for a loader whose query can
 * bring it along (its `nested` in loaders/index.ts).
 */
export function pagedList<P extends { id: string }, T, L extends LinkModel = LinkModel>(
  loader: (loaders: Loaders) => DataLoader<PageKey, L[], string>,
  list: ListName,
  map: (parent: P, link: L) => T,
  {
    roles = () => undefined,
    node,
    nested,
  }: {
    roles?: (args: PageArgs) => string[] | null | undefined;
    node?: string;
    nested?: (info: GraphQLResolveInfo, lookAhead: boolean, path: readonly string[]) => NestedPage | null;
  } = {},
) {
  const shape = (context: Context, info: GraphQLResolveInfo, path: string[]) => ({
    ...(node === undefined ? {} : { brief: selectsBriefOnly(info, context.lookAhead, [...path, node]) }),
    ...(nested === undefined ? {} : { nested: nested(info, context.lookAhead, path) }),
  });
  // A field's page is the same for every parent but the id: its arguments are checked and the request read once per
  // request and field, since a nested list resolves once per parent, hundreds of times in a deep answer (a third of
  // the five-level workload's time in the resolvers, without the database, went to doing it per parent). Arguments
  // that fail are not remembered, so every parent's field reports them.
  const listShared = (args: PageArgs, context: Context, info: GraphQLResolveInfo) =>
    oncePerRequest(info, 'list page', () => ({ ...listPage('', args), roles: roles(args), ...shape(context, info, []) }));
  const connectionShared = (args: PageArgs, context: Context, info: GraphQLResolveInfo) =>
    oncePerRequest(info, 'connection page', () => {
      const { key, first } = connectionPage('', args);
      return { page: { ...key, roles: roles(args), ...shape(context, info, ['edges', 'node']) }, first };
    });
  return {
    list: async (parent: P, args: PageArgs, context: Context, info: GraphQLResolveInfo): Promise<T[]> =>
      (await loader(context.loaders).load({ ...listShared(args, context, info), id: parent.id })).map((link) => map(parent, link)),
    connection: async (parent: P, args: PageArgs, context: Context, info: GraphQLResolveInfo) => {
      const { page: shared, first } = connectionShared(args, context, info);
      const page = { ...shared, id: parent.id };
      const items = (await loader(context.loaders).load(page)).map((link) => map(parent, link));
      return toConnection(items, page, first, () => context.loaders.listSize.load({ id: parent.id, list, roles: page.roles ?? null }));
    },
  };
}
