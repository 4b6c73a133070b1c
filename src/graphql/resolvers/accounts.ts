import type { Context } from '../context';
import type { AccountModel, NodeModel } from '../models';

type Args = Record<string, unknown>;

/** Node.accounts: what each article says about the node, beside the resolved view its own fields show. */
export const accounts = (node: NodeModel, _args: Args, { loaders }: Context): Promise<AccountModel[]> => loaders.accounts.load(node.id);

export const accountResolvers = {
  Account: {
    article: async (account: AccountModel, _args: Args, { loaders }: Context) => {
      const node = await loaders.node.load(account.articleId);
      // The mention and its article are read in separate queries; an article gone between them was unloaded meanwhile.
      if (node?.__typename !== 'Article') throw new Error(`${account.articleId} left the graph while the answer was being read`);
      return node;
    },
  },
};
