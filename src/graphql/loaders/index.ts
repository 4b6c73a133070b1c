import DataLoader from 'dataloader';
import type { Params, Row } from '../../db';
import { toAccount, toAffiliation, toEventLink, toEvidence, toLink, toNode, toTypedLink } from '../mapping';
import {
  partyLists,
  proposalRelations,
  type AffiliationDirection,
  type EventLinkList,
  type PartyList,
  type PartyRelation,
  type ProposalRelation,
} from '../linkKinds';
import type { AccountModel, KindedLinkModel, LinkModel, MentionModel, NodeModel } from '../models';
import type { QueryName } from '../queryNames';

/** Runs one of the API's query files with parameters; the context binds it to the request's database. */
export type QueryRunner = (name: QueryName, params: Params) => Promise<Row[]>;

/**
 * How many links one parent may bring back through a nested field (an organization's events, a node's
 * articles): a nested list stays bounded however many articles mention its parent.
 */
const perParentLimit = 100;

/** One page of one parent's nested list: its id, how many items to leave out, how many to return, and any filter. */
export interface PageKey {
  id: string;
  skip: number;
  limit: number;
  /** participants(roles:): only these roles; null for every role. */
  roles?: string[] | null;
  /** Nodes with only id, name and title (briefNodes.ts), for a request that selects nothing else of them. */
  brief?: boolean;
  /** The list nested in each item that the same statement brings, for a query that can (null or absent: none). */
  nested?: NestedPage | null;
}

/**
 * The first page of a list nested in each item of a paged list (each member's roles), which the request will ask
 * for and the list's statement can bring along, priming that list's loader.
 */
export interface NestedPage {
  limit: number;
  /** Its nodes brief, as PageKey.brief. */
  brief: boolean;
}

/** The first page, as long as perParentLimit: what a nested field without paging arguments shows. */
export const firstPage = (id: string): PageKey => ({ id, skip: 0, limit: perParentLimit });

/** The nested lists whose whole length list-sizes.cypher counts (a connection's totalCount). */
export type ListName =
  | 'events'
  | 'proposals'
  | 'statements'
  | 'claims'
  | 'roles'
  | 'members'
  | 'participants'
  | EventLinkList
  | 'placeEvents'
  | 'sources'
  | 'speakers'
  | 'subjects'
  | 'terms'
  | PartyList
  | 'organizationPartOf'
  | 'organizationParts'
  | 'aboutNode'
  | 'mentions'
  | 'accounts';

/** A list whose length to count: the parent's id, the list, and its roles filter (participants only). */
export interface ListKey {
  id: string;
  list: ListName;
  roles: string[] | null;
}

/** The DataLoaders of one request: each nested field asks its loader, and each loader sends one query per batch. */
export interface Loaders {
  /** Any node by id; null for an id the graph does not hold. */
  node: DataLoader<string, NodeModel | null>;
  /** A page of the articles that mention a node (MENTIONED_IN), each with its quotes, by article id. */
  mentions: DataLoader<PageKey, MentionModel[], string>;
  /** A page of the articles that state a fact (by its key), each with its quotes, in resolution order. */
  factSources: DataLoader<PageKey, MentionModel[], string>;
  /** A page of what each article says about a node, in resolution order (references left out). */
  accounts: DataLoader<PageKey, AccountModel[], string>;
  participants: DataLoader<PageKey, LinkModel[], string>;
  eventsOfActor: DataLoader<PageKey, LinkModel[], string>;
  rolesOfPerson: DataLoader<PageKey, LinkModel[], string>;
  membersOfOrganization: DataLoader<PageKey, LinkModel[], string>;
  /** A page of what an organization is part of and of its parts, each direction its own list. */
  affiliations: DataLoader<PageKey, KindedLinkModel<AffiliationDirection>[], string>;
  /** A page of each of an event's link lists (links-by-event pages every type and direction alike). */
  eventLinks: DataLoader<PageKey, KindedLinkModel<EventLinkList>[], string>;
  /** A page of the events that occurred at a place, earliest first. */
  placeEvents: DataLoader<PageKey, LinkModel[], string>;
  /** A page of a proposal's terms, by term id. */
  terms: DataLoader<PageKey, LinkModel[], string>;
  /** A page of each of a proposal's lists of parties (parties-by-proposal pages every relation type alike). */
  proposalParties: DataLoader<PageKey, KindedLinkModel<PartyRelation>[], string>;
  /** A page of each of a term's lists of parties. */
  termParties: DataLoader<PageKey, KindedLinkModel<PartyRelation>[], string>;
  /** A page of a statement's speakers, by actor id. */
  speakers: DataLoader<PageKey, LinkModel[], string>;
  /** A page of the sources of a claim (the actors that give the figure), by actor id. */
  sources: DataLoader<PageKey, LinkModel[], string>;
  /** A page of what a statement, claim or proposal is about, by subject id. */
  subjects: DataLoader<PageKey, LinkModel[], string>;
  /** A page of the statements, claims and proposals about a node, by id (Query.about and Node.subjectOf alike). */
  subjectOf: DataLoader<PageKey, NodeModel[], string>;
  proposalsOfActor: DataLoader<PageKey, KindedLinkModel<ProposalRelation>[], string>;
  statementsOfActor: DataLoader<PageKey, LinkModel[], string>;
  claimsOfActor: DataLoader<PageKey, LinkModel[], string>;
  /** How many items a nested list holds in all. */
  listSize: DataLoader<ListKey, number, string>;
  /** An article's full text (kept out of `node`: most answers never need it); '' for an unknown id. */
  articleText: DataLoader<string, string>;
}

function groupById(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = String(row.id);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/**
 * Keys that can share one query (the same page and filter, which `share` writes as a string), each group with its
 * own parameters.
 */
function groupKeys<K extends { id: string }>(
  keys: readonly K[],
  share: (key: K) => string,
  params: (key: K) => Params,
): Map<string, { params: Params; ids: string[]; first: K }> {
  const groups = new Map<string, { params: Params; ids: string[]; first: K }>();
  for (const key of keys) {
    const group = share(key);
    const found = groups.get(group);
    if (found) found.ids.push(key.id);
    else groups.set(group, { params: params(key), ids: [key.id], first: key });
  }
  return groups;
}

/** The parameters a page shares with other parents' pages of the same query; the roles filter only where given. */
const pageParams = (key: PageKey): Params => ({
  skip: key.skip,
  limit: key.limit,
  ...(key.roles === undefined ? {} : { roles: key.roles }),
});

/**
 * What a paged query can do beyond `$ids`, `$skip`, `$limit` (and `$roles` for participants). `shaped`: it returns
 * its nodes through cypher/include/node-map.cypher and takes `$brief` (false unless the key asks for brief nodes).
 * `nested`: it can bring a nested page with each item (NestedPage); `params` gives its parameters (null: none asked
 * for) and `prime` hands one row's page to the nested list's loader.
 */
interface PagedQuery {
  shaped?: boolean;
  nested?: { params: (page: NestedPage | null) => Params; prime: (row: Row, page: NestedPage) => void };
}

/**
 * A loader of pages of a paged batch query: parents that ask for the same page share one query, and the query orders
 * each parent's list before its skip and limit.
 */
function pagedLoader<T>(read: QueryRunner, name: QueryName, toItem: (row: Row) => T, { shaped = false, nested }: PagedQuery = {}) {
  const params = (key: PageKey): Params => ({
    ...pageParams(key),
    ...(shaped ? { brief: key.brief ?? false } : {}),
    ...(nested ? nested.params(key.nested ?? null) : {}),
  });
  // What a page shares with others, written out by hand rather than as JSON: a nested list asks its loader once per
  // parent, thousands of times in a deep answer. The id goes last, after fields of fixed form.
  const share = (key: PageKey) =>
    `${key.skip} ${key.limit} ${key.roles === undefined ? '' : JSON.stringify(key.roles)} ${shaped ? String(key.brief ?? false) : ''}` +
    (key.nested ? ` ${key.nested.limit} ${String(key.nested.brief)}` : '');
  const cacheKey = (key: PageKey) => `${share(key)} ${key.id}`;
  return new DataLoader<PageKey, T[], string>(
    async (keys) => {
      const pages = new Map<string, T[]>();
      await Promise.all(
        [...groupKeys(keys, share, params).entries()].map(async ([group, { params: shared, ids, first }]) => {
          const rows = await read(name, { ...shared, ids });
          const page = first.nested;
          if (nested && page) for (const row of rows) nested.prime(row, page);
          const byId = groupById(rows);
          for (const id of ids) pages.set(`${group} ${id}`, (byId.get(id) ?? []).map(toItem));
        }),
      );
      return keys.map((key) => pages.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function pagedLinkLoader(
  read: QueryRunner,
  name: QueryName,
  nodeColumn: string,
  query: PagedQuery = {},
): DataLoader<PageKey, LinkModel[], string> {
  return pagedLoader(read, name, (row) => toLink(row, nodeColumn), query);
}

/**
 * Primes `roles` with a member's first roles page (`page`), from a row that holds the member as `person` and the page
 * as `roles` (cypher/include/roles-page.cypher); a row without roles primes nothing.
 */
export function primeRoles(roles: DataLoader<PageKey, LinkModel[], string>, row: Row, page: NestedPage): void {
  if (!Array.isArray(row.roles)) return;
  roles.prime(
    { ...firstPage(String((row.person as Row).id)), limit: page.limit, brief: page.brief },
    (row.roles as Row[]).map((role) => toLink(role, 'organization')),
  );
}

/**
 * An organization's members, each with the first page of the member's own roles when the key asks for it
 * (members-by-organization's `roles` column), primed into `roles` under the key the nested field will ask for.
 */
function membersLoader(read: QueryRunner, roles: DataLoader<PageKey, LinkModel[], string>): DataLoader<PageKey, LinkModel[], string> {
  return pagedLinkLoader(read, 'members-by-organization', 'person', {
    shaped: true,
    nested: {
      params: (page) => ({ rolesLimit: page?.limit ?? null, rolesBrief: page?.brief ?? false }),
      prime: (row, page) => primeRoles(roles, row, page),
    },
  });
}

const partyRelations = [...new Set(Object.values(partyLists))];

const listParams = (key: ListKey): Params => ({ list: key.list, roles: key.roles });

function listSizeLoader(read: QueryRunner): DataLoader<ListKey, number, string> {
  // As pagedLoader keys its pages: what a count shares with others' counts, then the id.
  const share = (key: ListKey) => JSON.stringify(listParams(key));
  const cacheKey = (key: ListKey) => `${share(key)} ${key.id}`;
  return new DataLoader<ListKey, number, string>(
    async (keys) => {
      const totals = new Map<string, number>();
      await Promise.all(
        [...groupKeys(keys, share, listParams).entries()].map(async ([group, { params, ids }]) => {
          for (const row of await read('list-sizes', { ...params, ids })) totals.set(`${group} ${String(row.id)}`, Number(row.total));
        }),
      );
      return keys.map((key) => totals.get(cacheKey(key)) ?? 0);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** One article's record of a node or a fact (its MENTIONED_IN, its Evidence) as that article's quotes. */
const toMention = (row: Row): MentionModel => ({
  articleId: String((row.relation as Row).article),
  evidence: toEvidence(row.relation as Row),
});

/** New loaders for one request, so that nothing one request caches is seen by another. */
export function createLoaders(read: QueryRunner): Loaders {
  const rolesOfPerson = pagedLinkLoader(read, 'roles-by-person', 'organization', { shaped: true });
  return {
    node: new DataLoader<string, NodeModel | null>(async (ids) => {
      const found = new Map((await read('entities-by-id', { ids: [...ids] })).map((row) => [String(row.id), toNode(row.node)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    // One text per article, so no per-parent limit (article-texts takes none).
    articleText: new DataLoader<string, string>(async (ids) => {
      const found = new Map(
        (await read('article-texts', { ids: [...ids] })).map((row) => [String(row.id), typeof row.text === 'string' ? row.text : '']),
      );
      return ids.map((id) => found.get(id) ?? '');
    }),
    mentions: pagedLoader(read, 'evidence-by-node', toMention),
    factSources: pagedLoader(read, 'evidence-by-fact', toMention),
    accounts: pagedLoader(read, 'accounts-by-node', (row) => toAccount(row.relation as Row, row.published)),
    participants: pagedLinkLoader(read, 'participants-by-event', 'actor', { shaped: true }),
    eventsOfActor: pagedLinkLoader(read, 'events-by-actor', 'event', { shaped: true }),
    rolesOfPerson,
    membersOfOrganization: membersLoader(read, rolesOfPerson),
    affiliations: pagedLoader(read, 'affiliations-by-organization', toAffiliation),
    eventLinks: pagedLoader(read, 'links-by-event', toEventLink),
    placeEvents: pagedLinkLoader(read, 'events-by-place', 'event'),
    terms: pagedLinkLoader(read, 'terms-by-proposal', 'term'),
    proposalParties: pagedLoader(read, 'parties-by-proposal', (row) => toTypedLink(row, 'actor', partyRelations)),
    termParties: pagedLoader(read, 'parties-by-term', (row) => toTypedLink(row, 'actor', partyRelations)),
    speakers: pagedLinkLoader(read, 'speakers-by-statement', 'actor'),
    sources: pagedLinkLoader(read, 'sources-by-claim', 'actor'),
    subjects: pagedLinkLoader(read, 'subjects-by-node', 'subject'),
    subjectOf: pagedLoader(read, 'subject-of-by-node', (row) => toNode(row.node)),
    proposalsOfActor: pagedLoader(read, 'proposals-by-actor', (row) => toTypedLink(row, 'proposal', proposalRelations)),
    statementsOfActor: pagedLinkLoader(read, 'statements-by-actor', 'statement'),
    claimsOfActor: pagedLinkLoader(read, 'claims-by-actor', 'claim'),
    listSize: listSizeLoader(read),
  };
}
