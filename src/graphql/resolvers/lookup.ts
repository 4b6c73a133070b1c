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
