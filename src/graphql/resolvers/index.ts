import { healthResolvers } from './health';

/** Every resolver map of the API, merged type by type. */
export const resolvers = mergeResolvers([healthResolvers]);

type ResolverMap = Record<string, Record<string, unknown>>;

function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}
