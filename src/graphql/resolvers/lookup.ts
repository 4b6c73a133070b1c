import { NotFoundError } from '../../errors';
import type { Context } from '../context';
import type { NodeModel } from '../models';

/**
 * The node an argument names, through the request's node loader (so checks of several ids share one query);
 * NOT_FOUND naming the argument when the graph holds no node with that id.
 */
export async function existingNode(argument: string, id: string, { loaders }: Context): Promise<NodeModel> {
  const node = await loaders.node.load(id);
  if (!node) throw new NotFoundError(`no node has the id "${id}"`, argument);
  return node;
}

/**
 * Runs a query whose rows can only exist when the node it starts from does, with the check that reports a missing
 * node: with look-ahead the check runs only when the answer is empty (a found answer settles it, and saves a round
 * trip); without, beside the query, as the resolvers always did.
 */
export async function answerOrCheck<T>(context: Context, answer: () => Promise<T[]>, check: () => Promise<unknown>): Promise<T[]> {
  if (!context.lookAhead) return (await Promise.all([answer(), check()]))[0];
  const rows = await answer();
  if (rows.length === 0) await check();
  return rows;
}
