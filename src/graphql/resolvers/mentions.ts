import type { Resolvers } from '../generated/resolvers';
import type { Context } from '../context';
import type { EvidenceModel, MentionModel } from '../models';
import { connectionPage, listPage, toConnection, type PageArgs } from '../paging';

/** Node.evidence: the quotes of the first `first` articles that mention the node, by article id. */
export const evidence = async (node: { id: string }, args: PageArgs, { loaders }: Context): Promise<EvidenceModel[]> =>
  (await loaders.mentions.load(listPage(node.id, args))).flatMap((mention) => mention.evidence);

/** Node.mentionsConnection: every article that mentions the node, page by page, with its quotes and how many there are. */
export const mentionsConnection = async (node: { id: string }, args: PageArgs, { loaders }: Context) => {
  const { key, first } = connectionPage(node.id, args);
  return toConnection(await loaders.mentions.load(key), key, first, () =>
    loaders.listSize.load({ id: node.id, list: 'mentions', roles: null }),
  );
};

export const mentionResolvers = {
  Mention: {
    article: async (mention: MentionModel, _args: unknown, { loaders }: Context) => {
      const node = await loaders.node.load(mention.articleId);
      return node?.__typename === 'Article' ? node : null;
    },
  },
} satisfies Resolvers;
