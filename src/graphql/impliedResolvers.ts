import { Kind, type DocumentNode } from 'graphql';
import type { Resolvers } from './generated/resolvers';

/**
 * `resolvers` with, for every field of an object type of `typeDefs` (or an extension of one) that has no resolver of
 * its own, the resolver `implied` gives it; undefined leaves the field to the executor, which reads the model's
 * property of that name.
 */
export function withImpliedResolvers(
  resolvers: Resolvers,
  typeDefs: readonly DocumentNode[],
  implied: (type: string, field: string) => unknown,
): Resolvers {
  const merged: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const definition of typeDefs.flatMap((document) => document.definitions)) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    const own = { ...merged[type] };
    for (const field of definition.fields ?? []) {
      const name = field.name.value;
      const resolver = own[name] === undefined ? implied(type, name) : undefined;
      if (resolver !== undefined) own[name] = resolver;
    }
    merged[type] = own;
  }
  return merged;
}
