import type { Resolvers } from '../generated/resolvers';
import type { Context } from '../context';
import type { AccountModel } from '../models';
import { connectionPage, listPage, toConnection, type PageArgs } from '../paging';

/** Node.accounts: what the first `first` articles in resolution order say about the node, beside the resolved view. */
export const accounts = (node: { id: string }, args: PageArgs, { loaders }: Context): Promise<AccountModel[]> =>
  loaders.accounts.load(listPage(node.id, args));

/** Node.accountsConnection: every article's account of the node, page by page in resolution order, and how many there are. */
export const accountsConnection = async (node: { id: string }, args: PageArgs, { loaders }: Context) => {
  const { key, first } = connectionPage(node.id, args);
  return toConnection(await loaders.accounts.load(key), key, first, () =>
    loaders.listSize.load({ id: node.id, list: 'accounts', roles: null }),
  );
};

export const accountResolvers = {
  Account: {
    article: async (account: AccountModel, _args: unknown, { loaders }: Context) => {
      const node = await loaders.node.load(account.articleId);
      // The mention and its article are read in separate queries; an article gone between them was unloaded meanwhile.
      if (node?.__typename !== 'Article') throw new Error(`${account.articleId} left the graph while the answer was being read`);
      return node;
    },
  },
} satisfies Resolvers;
