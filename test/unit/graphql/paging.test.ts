import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../../src/graphql/context';
import type { PageKey } from '../../../src/graphql/loaders';
import { oncePerRequest } from '../../../src/graphql/lookAhead';
import type { LinkModel } from '../../../src/graphql/models';
import { pagedList } from '../../../src/graphql/paging';

/** What a resolver sees of one request: its variable values (a new object per execution) and the field's nodes. */
const requestInfo = (fieldNodes: readonly object[] = []) => ({ variableValues: {}, fieldNodes }) as unknown as GraphQLResolveInfo;

describe('oncePerRequest', () => {
  it('keeps the answers of calls made inside another call for the same request and field', () => {
    const info = requestInfo();
    let inner = 0;
    const innerAnswer = () => oncePerRequest(info, 'inner', () => (inner += 1));
    expect(oncePerRequest(info, 'outer', () => innerAnswer() + 10)).toBe(11);
    expect(innerAnswer()).toBe(1);
    expect(inner).toBe(1);
  });

  it('answers anew for another request, and for a call that threw', () => {
    const fieldNodes: object[] = [];
    let computed = 0;
    const count = (info: GraphQLResolveInfo) => oncePerRequest(info, 'count', () => (computed += 1));
    const first = requestInfo(fieldNodes);
    expect([count(first), count(first), count(requestInfo(fieldNodes))]).toEqual([1, 1, 2]);
    const failing = requestInfo(fieldNodes);
    let attempts = 0;
    const fail = () =>
      oncePerRequest(failing, 'fail', () => {
        attempts += 1;
        throw new Error('bad argument');
      });
    expect(fail).toThrow('bad argument');
    expect(fail).toThrow('bad argument');
    expect(attempts).toBe(2);
  });
});

describe('pagedList', () => {
  /** A list over a loader that records the keys it is asked for and answers one link per key. */
  function recordedList() {
    const keys: PageKey[] = [];
    let rolesRead = 0;
    const loader = {
      load: (key: PageKey) => {
        keys.push(key);
        return Promise.resolve([{ node: { id: `node of ${key.id}` }, relation: {} } as unknown as LinkModel]);
      },
    } as unknown as DataLoader<PageKey, LinkModel[], string>;
    const list = pagedList(
      () => loader,
      'participants',
      (parent: { id: string }, link) => `${parent.id}: ${link.node.id}`,
      {
        roles: (args) => {
          rolesRead += 1;
          return args.roles ? [...args.roles] : null;
        },
      },
    );
    return { list, keys, rolesRead: () => rolesRead };
  }
  const context = { loaders: {}, lookAhead: true } as unknown as Context;

  it("asks for each parent's page with the arguments read once per request and field", async () => {
    const { list, keys, rolesRead } = recordedList();
    const info = requestInfo();
    const args = { first: 2, roles: ['mediator'] };
    const answers = await Promise.all(['event:a', 'event:b', 'event:c'].map((id) => list.list({ id }, args, context, info)));
    expect(answers).toEqual([['event:a: node of event:a'], ['event:b: node of event:b'], ['event:c: node of event:c']]);
    expect(keys).toEqual(['event:a', 'event:b', 'event:c'].map((id) => ({ id, skip: 0, limit: 2, roles: ['mediator'] })));
    expect(rolesRead()).toBe(1);
    // Another request reads its own arguments.
    await list.list({ id: 'event:a' }, { first: 5, roles: null }, context, requestInfo());
    expect(keys.at(-1)).toEqual({ id: 'event:a', skip: 0, limit: 5, roles: null });
    expect(rolesRead()).toBe(2);
  });

  it('refuses a bad page size for every parent, asking the loader nothing', async () => {
    const { list, keys } = recordedList();
    const info = requestInfo();
    for (const id of ['event:a', 'event:b']) await expect(list.list({ id }, { first: 0 }, context, info)).rejects.toThrow(/first/);
    expect(keys).toEqual([]);
  });

  it('pages a connection per parent from the same shared page, one item more than asked for', async () => {
    const { list, keys } = recordedList();
    const info = requestInfo();
    const pages = await Promise.all(['event:a', 'event:b'].map((id) => list.connection({ id }, { first: 3 }, context, info)));
    expect(keys).toEqual(['event:a', 'event:b'].map((id) => ({ id, skip: 0, limit: 4, roles: null })));
    expect(pages.map((page) => page.edges.map((edge) => edge.node))).toEqual([['event:a: node of event:a'], ['event:b: node of event:b']]);
  });
});
