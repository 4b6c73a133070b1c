import { Kind, type DocumentNode } from 'graphql';
import type { Resolvers } from './generated/resolvers';

interface Counted {
  totalCount: () => Promise<number>;
}

/**
 * `resolvers` with a `totalCount` resolver for every page type that has the field. Pages carry their totalCount as a
 * function (paging.ts `toConnection`, resolvers/lists.ts), so a list is only counted when a client asks. graphql-js's
 * default resolver would call such a function, but graphql-jit (jitExecutor.ts) reads a field without a resolver as
 * a plain property, so each page type says it here.
 */
export function withCountedPages(resolvers: Resolvers, typeDefs: readonly DocumentNode[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const definition of typeDefs.flatMap((document) => document.definitions)) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !definition.fields?.some((field) => field.name.value === 'totalCount')) continue;
    const type = definition.name.value;
    merged[type] = { totalCount: (page: Counted) => page.totalCount(), ...merged[type] };
  }
  return merged;
}
