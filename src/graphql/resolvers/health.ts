import type { Resolvers } from '../generated/resolvers';
import type { Context } from '../context';

export const healthResolvers = {
  Query: {
    health: async (_parent: unknown, _args: unknown, { db }: Context) => {
      const database = await db.ping();
      return { ok: database, database };
    },
  },
} satisfies Resolvers;
