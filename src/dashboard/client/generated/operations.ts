/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How precisely the article dates something. */
export type DatePrecision =
  /** A calendar day (October 7, 2023). */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** A stated range (during Trump's first term). */
  | 'RANGE'
  /** No date in the text ('recent'); the interval comes from what the event follows or precedes, and may be open. */
  | 'UNKNOWN'
  /** A year (1997). */
  | 'YEAR';

/** How an actor is linked to a proposal. */
export type ProposalRelation =
  /** The proposal was made to the actor. */
  | 'ADDRESSED_TO'
  /** The actor demanded it. */
  | 'DEMANDED'
  /** The actor made the proposal. */
  | 'PROPOSED'
  /** The actor rejected it. */
  | 'REJECTED';

export type EvFragment = { quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null };

type ActorRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ActorRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type ActorRefFragment =
  | ActorRef_Organization_Fragment
  | ActorRef_Person_Fragment
;

export type PanelQueryVariables = Exact<{
  id: string | number;
  first: number;
  sources: number;
}>;


export type PanelQuery = { entity:
    | { __typename: 'Article', title: string, source: string | null, published: string | null, id: string, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Claim', figure: string, qualifier: string | null, unit: string | null, id: string, sources: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Event', title: string, summary: string | null, id: string, eventKind: string, date: { text: string | null, precision: DatePrecision, earliest: string | null, latest: string | null, basis: string | null }, participants: Array<{ role: string, sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , side:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         | null, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, places: Array<{ sources: number, place: { id: string, name: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, causes: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, consequences: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, follows: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, followedBy: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, partOf: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, parts: Array<{ sources: number, event: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Organization', name: string, aliases: Array<string>, kind: string | null, description: string | null, id: string, members: Array<{ title: string | null, sources: number, person: { id: string, name: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, partOf: Array<{ sources: number, organization: { id: string, name: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, parts: Array<{ sources: number, organization: { id: string, name: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, events: Array<{ role: string, sources: number, side:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         | null, event: { id: string, title: string, kind: string, date: { text: string | null } }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, proposals: Array<{ relation: ProposalRelation, sources: number, proposal: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, statements: Array<{ sources: number, statement: { id: string, quote: string, medium: string | null }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, claims: Array<{ sources: number, claim: { id: string, figure: string, unit: string | null }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Person', name: string, aliases: Array<string>, description: string | null, id: string, roles: Array<{ title: string | null, sources: number, organization: { id: string, name: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, events: Array<{ role: string, sources: number, side:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         | null, event: { id: string, title: string, kind: string, date: { text: string | null } }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, proposals: Array<{ relation: ProposalRelation, sources: number, proposal: { id: string, title: string }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, statements: Array<{ sources: number, statement: { id: string, quote: string, medium: string | null }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, claims: Array<{ sources: number, claim: { id: string, figure: string, unit: string | null }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Place', name: string, aliases: Array<string>, id: string, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Proposal', title: string, status: string | null, summary: string | null, id: string, proposalDate: { text: string | null, precision: DatePrecision, earliest: string | null, latest: string | null } | null, proposedBy: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, addressedTo: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, demandedBy: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, rejectedBy: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, terms: Array<{ sources: number, term: { id: string, text: string, kind: string | null }, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Statement', quote: string, medium: string | null, paraphrase: boolean, id: string, speakers: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
    | { __typename: 'Term', text: string, kind: string | null, inExchangeFor: Array<string>, note: string | null, id: string, binds: Array<{ sources: number, actor:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        , evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }>, evidence: Array<{ quote: string, start: number | null, end: number | null, articleId: string, article: { id: string, title: string, source: string | null } | null }> }
   | null };
