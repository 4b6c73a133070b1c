import { graphNodeTypes } from '../ingest';
import { sourcedTypes } from './sourcedTypes';

/**
 * The one home of every bounded API argument: the whole-number range it accepts (a page size, a depth, a list's
 * length) and the default the SDL gives it. Resolvers check arguments against these ranges (validation.ts), the
 * query cost model counts sizes within them (queryCost.ts), and test/unit/graphql/argumentRanges.test.ts checks
 * that the schema/*.graphql descriptions and defaults state the same numbers.
 */

/** The whole numbers an argument accepts, and its SDL default when it has one. */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

/** Every nested list that pages (an entity's events, an event's participants, a node's evidence, ...). */
export const nestedFirst = { min: 1, max: 100, default: 20 } as const satisfies Range;

/** How many values a list argument (kinds, roles, publishers, ...) may hold. */
export const listLength = { min: 1, max: 50 } as const satisfies Range;

/** The SDL types with a node's evidence, mentions and accounts: the Node and Entity interfaces and their types. */
const nodeTypes = ['Node', 'Entity', ...graphNodeTypes];

const searchFirst = { min: 1, max: 50 } as const satisfies Range;

/** The bounded arguments of the root query fields, by field. */
export const queryRanges = {
  search: { first: { ...searchFirst, default: 10 } },
  searchAll: { first: { ...searchFirst, default: 10 } },
  about: { first: { ...searchFirst, default: 20 } },
  aboutConnection: { first: nestedFirst },
  timeline: { first: { min: 1, max: 100, default: 20 }, kinds: listLength },
  articles: { first: { min: 1, max: 100, default: 20 }, publishers: listLength, languages: listLength },
  proposals: { first: { min: 1, max: 100, default: 20 }, statuses: listLength },
  statements: { first: { min: 1, max: 100, default: 20 } },
  claims: { first: { min: 1, max: 100, default: 20 } },
  claimDisagreements: { first: { ...listLength, default: 20 } },
  negotiations: { first: { min: 1, max: 100, default: 50 } },
  negotiationNetwork: { first: { min: 1, max: 500, default: 100 } },
  connection: { first: { min: 1, max: 50, default: 10 }, maxHops: { min: 1, max: 4, default: 3 } },
  neighborhood: { first: { min: 1, max: 500, default: 100 }, depth: { min: 1, max: 3, default: 1 } },
} as const satisfies Record<string, Record<string, Range>>;

/** A quote's passage: characters of context on each side. */
export const passageContext = { min: 0, max: 2000, default: 200 } as const satisfies Range;

/** The nested lists that page (paging.ts): each plain, taking `first`, and as its `...Connection` sibling. */
const pagedLists = [
  ...['Person', 'Organization'].flatMap((type) => ['events', 'proposals', 'statements', 'claims'].map((field) => `${type}.${field}`)),
  'Person.roles',
  'Organization.members',
  'Organization.partOf',
  'Organization.parts',
  'Place.events',
  'Statement.speakers',
  'Claim.sources',
  'Proposal.terms',
  ...['proposedBy', 'addressedTo', 'demandedBy', 'rejectedBy'].map((field) => `Proposal.${field}`),
  'Term.binds',
  'Term.demandedBy',
  ...['Proposal', 'Statement', 'Claim'].map((type) => `${type}.about`),
  ...['places', 'causes', 'consequences', 'follows', 'followedBy', 'partOf', 'parts'].map((field) => `Event.${field}`),
  // Every node's accounts and what is about it; its evidence (counted in articles) pages as mentionsConnection, below.
  ...nodeTypes.flatMap((type) => [`${type}.accounts`, `${type}.subjectOf`]),
].flatMap((field) => [field, `${field}Connection`]);

/** Every bounded argument of the API by schema coordinate ("Query.search" -> its `first`). */
export const argumentRanges: Readonly<Record<string, Readonly<Record<string, Range>>>> = {
  ...Object.fromEntries(Object.entries(queryRanges).map(([field, ranges]) => [`Query.${field}`, ranges])),
  ...Object.fromEntries(
    [...pagedLists, ...nodeTypes.flatMap((type) => [`${type}.evidence`, `${type}.mentionsConnection`])].map((field) => [
      field,
      { first: nestedFirst },
    ]),
  ),
  // Every stated relation's evidence (counted in articles, fewer by default) and its evidenceConnection (Sourced).
  ...Object.fromEntries(
    ['Sourced', ...sourcedTypes].flatMap((type) => [
      [`${type}.evidence`, { first: { ...nestedFirst, default: 5 } }],
      [`${type}.evidenceConnection`, { first: nestedFirst }],
    ]),
  ),
  'Event.participants': { first: nestedFirst, roles: listLength },
  'Event.participantsConnection': { first: nestedFirst, roles: listLength },
  'Evidence.passage': { context: passageContext },
};
