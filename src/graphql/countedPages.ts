import type { DocumentNode } from 'graphql';
import type { Resolvers } from './generated/resolvers';
import { withImpliedResolvers } from './impliedResolvers';

interface Counted {
  totalCount: () => Promise<number>;
}

const countedTotal = (page: Counted) => page.totalCount();

/**
 * `resolvers` with a `totalCount` resolver for every page type that has the field. Pages carry their totalCount as a
 * function (paging.ts `toConnection`, resolvers/lists.ts), so a list is only counted when a client asks. graphql-js's
 * default resolver would call such a function, but graphql-jit (jitExecutor.ts) reads a field without a resolver as
 * a plain property, so each page type says it here.
 */
export function withCountedPages(resolvers: Resolvers, typeDefs: readonly DocumentNode[]): Resolvers {
  return withImpliedResolvers(resolvers, typeDefs, (_type, field) => (field === 'totalCount' ? countedTotal : undefined));
}
