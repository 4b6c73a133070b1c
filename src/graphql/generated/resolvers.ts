import type { GraphQLResolveInfo } from 'graphql';
import type { ParticipationModel, Stated, EdgeModel, NegotiationRoleModel, PersonModel, OrganizationModel, PlaceModel, EventModel, ProposalModel, TermModel, StatementModel, ClaimModel, ArticleModel, FuzzyDateModel, EvidenceModel, MentionModel, AccountModel, GraphNodeModel, GraphModel, PathModel, NegotiationModel, NegotiationEdgeModel, Counted } from '../models';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A page of the statements, claims and proposals about a node, with how many there are in all. */
export type AboutConnection = {
  __typename?: 'AboutConnection';
  /** The items of this page, by id. */
  edges: Array<AboutEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many statements, claims and proposals are about the node. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of AboutConnection. */
export type AboutEdge = {
  __typename?: 'AboutEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The statement, claim or proposal. */
  node: Node;
};

/**
 * What one article says about a node: the values the node's resolved view chooses among (cypher/README.md, "Many
 * sources"). Only the fields of the node's type are set, and only those the article gives.
 */
export type Account = {
  __typename?: 'Account';
  /** The other names it gives. */
  aliases: Array<Scalars['String']['output']>;
  /** The article. */
  article: Article;
  /** How this article dates it (events, proposals, statements). */
  date?: Maybe<FuzzyDate>;
  /** How it describes a person or organization. */
  description?: Maybe<Scalars['String']['output']>;
  /** This article's quotes for it. */
  evidence: Array<Evidence>;
  /** A claim's figure as this article writes it. */
  figure?: Maybe<Scalars['String']['output']>;
  /** The kind it gives (organizations, events, terms). */
  kind?: Maybe<Scalars['String']['output']>;
  /** How a statement was made, as this article says. */
  medium?: Maybe<Scalars['String']['output']>;
  /** The name it gives (people, organizations, places). */
  name?: Maybe<Scalars['String']['output']>;
  /** This article's paraphrase of a statement. */
  paraphrase?: Maybe<Scalars['String']['output']>;
  /** Its publication date (ISO), when known. */
  published?: Maybe<Scalars['String']['output']>;
  /** What qualifies the figure (living, at least). */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** A statement's words as this article quotes them. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The status it gives a proposal. */
  status?: Maybe<Scalars['String']['output']>;
  /** Its summary (events, proposals). */
  summary?: Maybe<Scalars['String']['output']>;
  /** A term's wording in this article. */
  text?: Maybe<Scalars['String']['output']>;
  /** The title it gives (events, proposals). */
  title?: Maybe<Scalars['String']['output']>;
  /** What the figure counts. */
  unit?: Maybe<Scalars['String']['output']>;
  /** That figure as a number. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A page of the articles' accounts of a node, in resolution order, with how many there are in all. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The items of this page, in resolution order. */
  edges: Array<AccountEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many articles describe the node (references, which give no values, left out). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of accounts. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Account;
};

/** Who took part in events, negotiated, proposed, spoke or gave figures: a person or an organization. */
export type Actor = Organization | Person;

/** An actor at the end of a relation (a speaker, a source, a proposer), with its evidence. */
export type ActorLink = Sourced & {
  __typename?: 'ActorLink';
  /** The person or organization. */
  actor: Actor;
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** An actor at the end of a relation (a speaker, a source, a proposer), with its evidence. */
export type ActorLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An actor at the end of a relation (a speaker, a source, a proposer), with its evidence. */
export type ActorLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actor links (a statement's speakers, a claim's sources, a proposal's or a term's parties), with how many there are in all. */
export type ActorLinkConnection = {
  __typename?: 'ActorLinkConnection';
  /** The items of this page, by actor id. */
  edges: Array<ActorLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of actor links. */
export type ActorLinkEdge = {
  __typename?: 'ActorLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ActorLink;
};

/** A source article whose facts the graph holds. */
export type Article = Node & {
  __typename?: 'Article';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Always empty: an article is the source of evidence, not mentioned in one. first: 1 to 100 (default 20), as on every node. */
  evidence: Array<Evidence>;
  /** The article id, such as article:us-hamas-direct-talks. */
  id: Scalars['ID']['output'];
  /** BCP 47 language tag of the text (en). */
  language?: Maybe<Scalars['String']['output']>;
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** Publication date (ISO), when known. */
  published?: Maybe<Scalars['String']['output']>;
  /** Who published it, when the annotation says. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The day it was read at url (ISO). */
  retrieved?: Maybe<Scalars['String']['output']>;
  /** Where the article came from. */
  source?: Maybe<Scalars['String']['output']>;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** The full text: every evidence offset points into it. */
  text: Scalars['String']['output'];
  /** The article's headline. */
  title: Scalars['String']['output'];
  /** Where it was read. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A source article whose facts the graph holds. */
export type ArticleAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source article whose facts the graph holds. */
export type ArticleAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source article whose facts the graph holds. */
export type ArticleEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source article whose facts the graph holds. */
export type ArticleMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source article whose facts the graph holds. */
export type ArticleSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source article whose facts the graph holds. */
export type ArticleSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page, in resolution order. */
  edges: Array<ArticleEdge>;
  /** Whether more articles follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One article of a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Pass as after to continue after this article. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type Claim = Node & {
  __typename?: 'Claim';
  /** What it is about, by subject id: the first first: 1 to 100 (default 20); aboutConnection has them all. */
  about: Array<SubjectLink>;
  /** The same subjects page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  aboutConnection: SubjectLinkConnection;
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** The figure as written (about 24, over 1,200). */
  figure: Scalars['String']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** over, about, at least, exactly or half. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** Who gives the figure, by actor id: the first first: 1 to 100 (default 20); sourcesConnection has them all. */
  sources: Array<ActorLink>;
  /** The same sources page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  sourcesConnection: ActorLinkConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** What is counted. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The figure as a number. */
  value?: Maybe<Scalars['Float']['output']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimSourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the article reports, with its qualifier and its source ('about 24 living hostages', according to Israeli officials). */
export type ClaimSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of figures, by id, with how many pass the filters in all. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The figures of this page. */
  edges: Array<ClaimEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many figures pass the filters. */
  totalCount: Scalars['Int']['output'];
};

/** Figures that differ for one subject and unit. */
export type ClaimDisagreement = {
  __typename?: 'ClaimDisagreement';
  /** The figures, lowest value first. */
  claims: Array<StatedClaim>;
  /** What the figures are about. */
  subject: Node;
  /** What they count (living hostages held in Gaza). */
  unit: Scalars['String']['output'];
};

/** One figure of a page. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Pass as after to continue after this figure. */
  cursor: Scalars['String']['output'];
  /** The figure. */
  node: Claim;
};

/** A figure an actor is the source of (CLAIMED), with its evidence. */
export type ClaimLink = Sourced & {
  __typename?: 'ClaimLink';
  /** The figure. */
  claim: Claim;
  /** The quotes that say who gives it: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** A figure an actor is the source of (CLAIMED), with its evidence. */
export type ClaimLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure an actor is the source of (CLAIMED), with its evidence. */
export type ClaimLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of figures, with how many there are in all. */
export type ClaimLinkConnection = {
  __typename?: 'ClaimLinkConnection';
  /** The items of this page, in the list's order. */
  edges: Array<ClaimLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of figures. */
export type ClaimLinkEdge = {
  __typename?: 'ClaimLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ClaimLink;
};

/** How one article states a figure. */
export type ClaimSource = {
  __typename?: 'ClaimSource';
  /** The article. */
  article: Article;
  /** The figure as this article writes it. */
  figure: Scalars['String']['output'];
  /** Its publication date (ISO), when known. */
  published?: Maybe<Scalars['String']['output']>;
  /** The figure as a number, as this article gives it. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** How precisely the article dates something. */
export type DatePrecision =
  /** A calendar day (October 7, 2023). */
  | 'day'
  /** A calendar month. */
  | 'month'
  /** A stated range (during Trump's first term). */
  | 'range'
  /** No date in the text ('recent'); the interval comes from what the event follows or precedes, and may be open. */
  | 'unknown'
  /** A year (1997). */
  | 'year';

/** A person, organization or place. */
export type Entity = {
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Other names the article uses. */
  aliases: Array<Scalars['String']['output']>;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** The name the article uses. */
  name: Scalars['String']['output'];
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
};


/** A person, organization or place. */
export type EntityAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization or place. */
export type EntityAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization or place. */
export type EntityEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization or place. */
export type EntityMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization or place. */
export type EntitySubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization or place. */
export type EntitySubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type Event = Node & {
  __typename?: 'Event';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Events that triggered it, by event id: the first first: 1 to 100 (default 20); causesConnection has them all. */
  causes: Array<EventLink>;
  /** The same causes page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  causesConnection: EventLinkConnection;
  /** Events it triggered, by event id: the first first: 1 to 100 (default 20); consequencesConnection has them all. */
  consequences: Array<EventLink>;
  /** The same consequences page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  consequencesConnection: EventLinkConnection;
  /** When, as the article says, and how sure that is. */
  date: FuzzyDate;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Later events that followed it, by event id: the first first: 1 to 100 (default 20); followedByConnection has them all. */
  followedBy: Array<EventLink>;
  /** The same later events page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  followedByConnection: EventLinkConnection;
  /** Earlier events it followed, as the article says (the talks followed the raid), by event id: the first first: 1 to 100 (default 20); followsConnection has them all. */
  follows: Array<EventLink>;
  /** The same earlier events page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  followsConnection: EventLinkConnection;
  /** Stable, readable id, such as event:us-hamas-direct-talks. */
  id: Scalars['ID']['output'];
  /** attack, war, talks, negotiation, mediation, statement, warning, designation, nomination, ceasefire, agreement, ... */
  kind: Scalars['String']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** Larger events it is part of, by event id: the first first: 1 to 100 (default 20); partOfConnection has them all. */
  partOf: Array<EventLink>;
  /** The same larger events page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  partOfConnection: EventLinkConnection;
  /** Who took part, in which role and on whose side, by role then actor id; roles: only these roles (party, mediator, ...; 1 to 50 of them). The first first: 1 to 100 (default 20); participantsConnection has them all. */
  participants: Array<Participation>;
  /** The same participations page by page, with how many there are (in those roles; roles: 1 to 50 of them). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  participantsConnection: ParticipationConnection;
  /** Events that are part of it, by event id: the first first: 1 to 100 (default 20); partsConnection has them all. */
  parts: Array<EventLink>;
  /** The same parts page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  partsConnection: EventLinkConnection;
  /** Where it occurred, by place id: the first first: 1 to 100 (default 20); placesConnection has them all. */
  places: Array<PlaceLink>;
  /** The same places page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  placesConnection: PlaceLinkConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** What happened, as the article tells it. */
  summary?: Maybe<Scalars['String']['output']>;
  /** A short title. */
  title: Scalars['String']['output'];
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventCausesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventCausesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventConsequencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventConsequencesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventFollowedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventFollowedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventFollowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventFollowsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventPlacesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened: an attack, a war, talks, a statement, a designation, a ceasefire... */
export type EventSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of the timeline. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, in timeline order. */
  edges: Array<EventEdge>;
  /** Whether more events follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One event of a timeline page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as after to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
  /** Whether the event certainly (WITHIN) or only possibly (OVERLAPS) falls in the date range asked for. */
  placement: RangePlacement;
  /** How many events, in a chain, it followed, was triggered by or is part of: orders events that share a date interval. */
  sequence: Scalars['Int']['output'];
};

/** A link from one event to another (TRIGGERED, FOLLOWED, PART_OF_EVENT), with its evidence. */
export type EventLink = Sourced & {
  __typename?: 'EventLink';
  /** The event at the other end. */
  event: Event;
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** A link from one event to another (TRIGGERED, FOLLOWED, PART_OF_EVENT), with its evidence. */
export type EventLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A link from one event to another (TRIGGERED, FOLLOWED, PART_OF_EVENT), with its evidence. */
export type EventLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of links from an event to other events, with how many there are in all. */
export type EventLinkConnection = {
  __typename?: 'EventLinkConnection';
  /** The items of this page, in the list's order. */
  edges: Array<EventLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of event links. */
export type EventLinkEdge = {
  __typename?: 'EventLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: EventLink;
};

/** A quote from an article that supports a fact, with where it sits in the article text, so that any answer can be checked. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the quote comes from. */
  article?: Maybe<Article>;
  /** The id of the article the quote comes from. */
  articleId: Scalars['ID']['output'];
  /** Offset just after the quote's last character (end exclusive), in Unicode code points. */
  end?: Maybe<Scalars['Int']['output']>;
  /** The quote with the text around it, to read it in context (null when the offsets are unknown). */
  passage?: Maybe<Passage>;
  /** The words of the article, verbatim. */
  quote: Scalars['String']['output'];
  /** Offset of the quote's first character in the article text, in Unicode code points. */
  start?: Maybe<Scalars['Int']['output']>;
};


/** A quote from an article that supports a fact, with where it sits in the article text, so that any answer can be checked. */
export type EvidencePassageArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
};

/** A date as the article gives it, with the interval it stands for. */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** Where bounds that are not in the article come from, when any are. */
  basis?: Maybe<Scalars['String']['output']>;
  /** First possible day (ISO date); null when open. */
  earliest?: Maybe<Scalars['String']['output']>;
  /** Last possible day (ISO date); null when open. */
  latest?: Maybe<Scalars['String']['output']>;
  /** How precisely the text dates it. */
  precision: DatePrecision;
  /** The words of the article ('1997', 'October 7, 2023', 'recent'), or null when it gives none. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Nodes and edges for a graph view. */
export type Graph = {
  __typename?: 'Graph';
  /** The relations between them. */
  edges: Array<GraphEdge>;
  /** The nodes, the centre first, then by distance. */
  nodes: Array<GraphNode>;
};

/** A typed relation between two nodes, with its evidence. */
export type GraphEdge = Sourced & {
  __typename?: 'GraphEdge';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** For PARTICIPATED_IN: the role. */
  role?: Maybe<Scalars['String']['output']>;
  /** For PARTICIPATED_IN: the id of the actor whose side was taken. */
  side?: Maybe<Scalars['ID']['output']>;
  /** The id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** For PARTICIPATED_IN, when the article says: which side of the table was taken, a label shared by those seated together. */
  table?: Maybe<Scalars['String']['output']>;
  /** The id of the node it points to. */
  target: Scalars['ID']['output'];
  /** For HOLDS_ROLE: the title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The relation type: HOLDS_ROLE, PART_OF, PARTICIPATED_IN, PROPOSED, ADDRESSED_TO, STATED, ABOUT, TRIGGERED, FOLLOWED, ... */
  type: Scalars['String']['output'];
};


/** A typed relation between two nodes, with its evidence. */
export type GraphEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A typed relation between two nodes, with its evidence. */
export type GraphEdgeEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A node of a graph view. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** How many relations from the centre. */
  distance: Scalars['Int']['output'];
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** A caption: its name, title, text, quote or figure. */
  label: Scalars['String']['output'];
  /** The node itself. */
  node: Node;
  /** Its type: Person, Organization, Place, Event, Proposal, Term, Statement, Claim or Article. */
  type: Scalars['String']['output'];
};

/** Whether the API and its database answer. */
export type Health = {
  __typename?: 'Health';
  /** True when the graph database answers a query. */
  database: Scalars['Boolean']['output'];
  /** True when the API is serving and its database answers. */
  ok: Scalars['Boolean']['output'];
};

/** One article's mention of a node (MENTIONED_IN) or statement of a fact: the article and its quotes. */
export type Mention = {
  __typename?: 'Mention';
  /** The article. */
  article?: Maybe<Article>;
  /** The id of the article. */
  articleId: Scalars['ID']['output'];
  /** Its quotes that mention the node or state the fact. */
  evidence: Array<Evidence>;
};

/** A page of the articles that mention a node or state a fact, with how many there are in all. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The items of this page: a node's mentions by article id, a fact's sources in resolution order (the earliest published first). */
  edges: Array<MentionEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many articles mention the node (state the fact). */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of mentions. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Mention;
};

/** An actor's negotiations with one counterpart. */
export type Negotiation = {
  __typename?: 'Negotiation';
  /** The actor asked about (with rollUp, the top organization it represents). */
  actor: Actor;
  /** Who it negotiated with (with rollUp, the top organization the counterpart represents). */
  counterpart: Actor;
  /** The talks or negotiation events in which they negotiated. */
  events: Array<Event>;
  /** The quotes behind the pair: those of the first 5 articles that state each participation, proposal and mediation (a role's or a mediator's evidenceConnection has them all). */
  evidence: Array<Evidence>;
  /** The mediators of those events, each with the event they mediated (the negotiation, a part of it, or a mediation event linked to it). */
  mediators: Array<Participation>;
  /** The proposals one made to the other. */
  proposals: Array<Proposal>;
  /** Each side's part: who took part for the actor and for the counterpart, in which role, in which event or proposal. */
  roles: Array<NegotiationRole>;
  /** How many talks or negotiation events and proposals are behind the pair. */
  weight: Scalars['Int']['output'];
};

/** A negotiating pair of the network (undirected: source id < target id). */
export type NegotiationEdge = {
  __typename?: 'NegotiationEdge';
  /** Those events. */
  events: Array<Event>;
  /** The quotes behind the pair: those of the first 5 articles that state each participation and proposal (negotiations(actorId) gives each role, whose evidenceConnection has them all). */
  evidence: Array<Evidence>;
  /** Those proposals. */
  proposals: Array<Proposal>;
  /** One actor's id. */
  source: Scalars['ID']['output'];
  /** The other actor's id. */
  target: Scalars['ID']['output'];
  /** How many talks or negotiation events and proposals are behind the pair. */
  weight: Scalars['Int']['output'];
};

/** The negotiation network: actors as nodes, negotiating pairs as weighted edges. */
export type NegotiationNetwork = {
  __typename?: 'NegotiationNetwork';
  /** Every negotiating pair, the heaviest first. */
  edges: Array<NegotiationEdge>;
  /** Every actor of an edge. */
  nodes: Array<NetworkNode>;
};

/** One actor's part on one side of a negotiation. */
export type NegotiationRole = Sourced & {
  __typename?: 'NegotiationRole';
  /** Who took part. */
  actor: Actor;
  /** The event, when the role was in talks or a negotiation. */
  event?: Maybe<Event>;
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** The proposal, when the role was making or receiving one. */
  proposal?: Maybe<Proposal>;
  /** party, lead negotiator or negotiator in an event; proposer or addressee of a proposal. */
  role: Scalars['String']['output'];
  /** The side. */
  side: NegotiationSide;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** In talks, when the article says: which side of the table the actor sat on (participants with the same table never count as counterparts). */
  table?: Maybe<Scalars['String']['output']>;
};


/** One actor's part on one side of a negotiation. */
export type NegotiationRoleEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One actor's part on one side of a negotiation. */
export type NegotiationRoleEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which side of a negotiation a role is on. */
export type NegotiationSide =
  /** The side of the actor asked about. */
  | 'ACTOR'
  /** The counterpart's side. */
  | 'COUNTERPART';

/** An actor of the negotiation network. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** The actor. */
  actor: Actor;
  /** How many counterparts it has in the network. */
  degree: Scalars['Int']['output'];
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** The summed weight of its edges. */
  weight: Scalars['Int']['output'];
};

/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type Node = {
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** The quotes of the articles that mention this node, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id, such as person:adam-boehler or event:us-hamas-direct-talks. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anything the graph holds: a person, organization, place, event, proposal, term, statement, claim or article. */
export type NodeSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One searchAll result. */
export type NodeSearchHit = {
  __typename?: 'NodeSearchHit';
  /** The field the words were found in: name, aliases, title, summary, quote, text, figure, unit or note; null when the index matched a form of the words that no field contains as typed (an accented letter, say). */
  field?: Maybe<Scalars['String']['output']>;
  /** The node found. */
  node: Node;
  /** Full-text relevance; higher is better (scores of entity names and of fact texts come from two indexes and rank together only roughly). */
  score: Scalars['Float']['output'];
};

/** A state, government body, armed group, media platform or group of officials. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Other names the article uses (US, Qatari). */
  aliases: Array<Scalars['String']['output']>;
  /** Figures it is the source of, by claim id: the first first: 1 to 100 (default 20); claimsConnection has them all. */
  claims: Array<ClaimLink>;
  /** The same figures page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  claimsConnection: ClaimLinkConnection;
  /** What the article says about it. */
  description?: Maybe<Scalars['String']['output']>;
  /** The events it took part in, with role and evidence, the earliest first (undated last): the first first: 1 to 100 (default 20); eventsConnection has them all. */
  events: Array<Participation>;
  /** The same participations page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  eventsConnection: ParticipationConnection;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id, such as org:hamas. */
  id: Scalars['ID']['output'];
  /** state, government body, head of government office, armed group, media platform or officials. */
  kind?: Maybe<Scalars['String']['output']>;
  /** People holding a role in it, by person id: the first first: 1 to 100 (default 20); membersConnection has them all. */
  members: Array<Role>;
  /** The same members page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  membersConnection: RoleConnection;
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** Organizations it is part of (the White House is part of the United States), by id: the first first: 1 to 100 (default 20); partOfConnection has them all. */
  partOf: Array<OrganizationLink>;
  /** The same organizations page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  partOfConnection: OrganizationLinkConnection;
  /** Organizations that are part of it, by id: the first first: 1 to 100 (default 20); partsConnection has them all. */
  parts: Array<OrganizationLink>;
  /** The same organizations page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  partsConnection: OrganizationLinkConnection;
  /** Proposals it made, received, demanded or rejected, by proposal id: the first first: 1 to 100 (default 20); proposalsConnection has them all. */
  proposals: Array<ProposalLink>;
  /** The same proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  proposalsConnection: ProposalLinkConnection;
  /** What it said, by statement id: the first first: 1 to 100 (default 20); statementsConnection has them all. */
  statements: Array<StatementLink>;
  /** The same statements page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  statementsConnection: StatementLinkConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationClaimsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationProposalsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationStatementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, government body, armed group, media platform or group of officials. */
export type OrganizationSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link from one organization to another (PART_OF), with its evidence. */
export type OrganizationLink = Sourced & {
  __typename?: 'OrganizationLink';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** The organization at the other end. */
  organization: Organization;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** A link from one organization to another (PART_OF), with its evidence. */
export type OrganizationLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A link from one organization to another (PART_OF), with its evidence. */
export type OrganizationLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of an organization's links to other organizations (what it is part of, or its parts), with how many there are in all. */
export type OrganizationLinkConnection = {
  __typename?: 'OrganizationLinkConnection';
  /** The items of this page, by organization id. */
  edges: Array<OrganizationLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of OrganizationLinks. */
export type OrganizationLinkEdge = {
  __typename?: 'OrganizationLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: OrganizationLink;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last event; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when events follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An actor's part in an event (PARTICIPATED_IN). */
export type Participation = Sourced & {
  __typename?: 'Participation';
  /** Who took part. */
  actor: Actor;
  /** In what. */
  event: Event;
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** party, lead negotiator, negotiator, mediator, attacker, target, speaker, designator, designated, proposer, addressee, victim, holder, held, signatory or subject. */
  role: Scalars['String']['output'];
  /** For parties and negotiators: the actor whose side they took. */
  side?: Maybe<Actor>;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** For parties and negotiators, when the article says: which side of the table they sat on, a label shared by the delegations seated together (by convention the id of the actor leading that side). */
  table?: Maybe<Scalars['String']['output']>;
};


/** An actor's part in an event (PARTICIPATED_IN). */
export type ParticipationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An actor's part in an event (PARTICIPATED_IN). */
export type ParticipationEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of participations, with how many there are in all. */
export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  /** The items of this page, in the list's order. */
  edges: Array<ParticipationEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of participations. */
export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Participation;
};

/** A quote in its context: the text just before it, the quote, and the text just after it. */
export type Passage = {
  __typename?: 'Passage';
  /** The text just after the quote (shorter at the end of the article). */
  after: Scalars['String']['output'];
  /** The text just before the quote (shorter at the start of the article). */
  before: Scalars['String']['output'];
  /** The quote itself, as the article text has it at the evidence offsets. */
  quote: Scalars['String']['output'];
};

/** A path between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** Its relations, in order; each may point either way along the path. */
  edges: Array<GraphEdge>;
  /** How many relations it has. */
  length: Scalars['Int']['output'];
  /** Its nodes, from the first to the last. */
  nodes: Array<Node>;
};

/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Other names the article uses (Boehler). */
  aliases: Array<Scalars['String']['output']>;
  /** Figures the person is the source of, by claim id: the first first: 1 to 100 (default 20); claimsConnection has them all. */
  claims: Array<ClaimLink>;
  /** The same figures page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  claimsConnection: ClaimLinkConnection;
  /** Who the person is, as the article says. */
  description?: Maybe<Scalars['String']['output']>;
  /** The events the person took part in, with role and evidence, the earliest first (undated last): the first first: 1 to 100 (default 20); eventsConnection has them all. */
  events: Array<Participation>;
  /** The same participations page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  eventsConnection: ParticipationConnection;
  /** The quotes of the articles that mention the person, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id, such as person:adam-boehler. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Proposals the person made, received, demanded or rejected, by proposal id: the first first: 1 to 100 (default 20); proposalsConnection has them all. */
  proposals: Array<ProposalLink>;
  /** The same proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  proposalsConnection: ProposalLinkConnection;
  /** The organizations the person holds a role in, and so represents, by organization id: the first first: 1 to 100 (default 20); rolesConnection has them all. */
  roles: Array<Role>;
  /** The same roles page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  rolesConnection: RoleConnection;
  /** What the person said, by statement id: the first first: 1 to 100 (default 20); statementsConnection has them all. */
  statements: Array<StatementLink>;
  /** The same statements page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  statementsConnection: StatementLinkConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** True for an unnamed speaker the article quotes. */
  unnamed: Scalars['Boolean']['output'];
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonClaimsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonProposalsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonRolesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonStatementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person the article names (or an unnamed speaker it quotes, such as 'a Hamas official'). */
export type PersonSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A place events occurred in. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Other names the article uses. */
  aliases: Array<Scalars['String']['output']>;
  /** The events that occurred here, earliest first (undated last), then by id: the first first: 1 to 100 (default 20); eventsConnection has them all. */
  events: Array<EventLink>;
  /** The same events page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  eventsConnection: EventLinkConnection;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id, such as place:gaza. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** The place's name. */
  name: Scalars['String']['output'];
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
};


/** A place events occurred in. */
export type PlaceAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place events occurred in. */
export type PlaceSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where an event occurred (OCCURRED_IN), with its evidence. */
export type PlaceLink = Sourced & {
  __typename?: 'PlaceLink';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** The place. */
  place: Place;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** Where an event occurred (OCCURRED_IN), with its evidence. */
export type PlaceLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Where an event occurred (OCCURRED_IN), with its evidence. */
export type PlaceLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of the places an event occurred in, with how many there are in all. */
export type PlaceLinkConnection = {
  __typename?: 'PlaceLinkConnection';
  /** The items of this page, in the list's order. */
  edges: Array<PlaceLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of place links. */
export type PlaceLinkEdge = {
  __typename?: 'PlaceLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PlaceLink;
};

/** A proposal made by one actor to another, with its terms. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** What it is about, by subject id: the first first: 1 to 100 (default 20); aboutConnection has them all. */
  about: Array<SubjectLink>;
  /** The same subjects page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  aboutConnection: SubjectLinkConnection;
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** Who it was made to, by actor id: the first first: 1 to 100 (default 20); addressedToConnection has them all. */
  addressedTo: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  addressedToConnection: ActorLinkConnection;
  /** When, if the article dates it. */
  date?: Maybe<FuzzyDate>;
  /** Who demanded it, by actor id: the first first: 1 to 100 (default 20); demandedByConnection has them all. */
  demandedBy: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  demandedByConnection: ActorLinkConnection;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id, such as proposal:witkoff-ceasefire-proposal. */
  id: Scalars['ID']['output'];
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** Who made it, by actor id: the first first: 1 to 100 (default 20); proposedByConnection has them all. */
  proposedBy: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  proposedByConnection: ActorLinkConnection;
  /** Who rejected it, by actor id: the first first: 1 to 100 (default 20); rejectedByConnection has them all. */
  rejectedBy: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  rejectedByConnection: ActorLinkConnection;
  /** proposed, demanded, under negotiation, accepted or rejected. */
  status?: Maybe<Scalars['String']['output']>;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** What it proposes, as the article tells it. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Its terms (who gives what in exchange for what, what is demanded, what is left out), by term id: the first first: 1 to 100 (default 20); termsConnection has them all. */
  terms: Array<TermLink>;
  /** The same terms page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  termsConnection: TermLinkConnection;
  /** A short title. */
  title: Scalars['String']['output'];
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAddressedToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalAddressedToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalDemandedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalDemandedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalProposedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalProposedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalRejectedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalRejectedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalTermsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal made by one actor to another, with its terms. */
export type ProposalTermsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of proposals, by id, with how many pass the filters in all. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The proposals of this page. */
  edges: Array<ProposalEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many proposals pass the filters. */
  totalCount: Scalars['Int']['output'];
};

/** One proposal of a page. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Pass as after to continue after this proposal. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** A proposal linked to an actor, with how and with the evidence. */
export type ProposalLink = Sourced & {
  __typename?: 'ProposalLink';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** The proposal. */
  proposal: Proposal;
  /** How the actor is linked to it. */
  relation: ProposalRelation;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/** A proposal linked to an actor, with how and with the evidence. */
export type ProposalLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposal linked to an actor, with how and with the evidence. */
export type ProposalLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of proposal links, with how many there are in all. */
export type ProposalLinkConnection = {
  __typename?: 'ProposalLinkConnection';
  /** The items of this page, in the list's order. */
  edges: Array<ProposalLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of proposal links. */
export type ProposalLinkEdge = {
  __typename?: 'ProposalLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ProposalLink;
};

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

/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type Query = {
  __typename?: 'Query';
  /** The statements, claims and proposals that are about the node with this id, by id (empty when none is, or no node has that id). first: 1 to 50; aboutConnection has them all. */
  about: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  aboutConnection: AboutConnection;
  /**
   * The articles the graph holds, in resolution order: the earliest published first, undated ones last, ties by id.
   * publishers, languages: only articles with one of these (exact values, 1 to 50 of each); null: any.
   * from, to: ISO dates (YYYY-MM-DD): only articles published in [from, to]; an undated article is left out of any
   * range. first: 1 to 100 (default 20). after: a cursor from a previous page (of the same arguments).
   */
  articles: ArticleConnection;
  /**
   * Where sources disagree on a figure: claims about the same subject counting the same thing with different
   * values, side by side with who gives each, in which articles and when (lowest value first).
   */
  claimDisagreements: Array<ClaimDisagreement>;
  /**
   * The figures the graph holds, by id, filtered: each filter is optional and they combine (and); an id no node has is NOT_FOUND. sourceId: only
   * those this person or organization gives (CLAIMED). subjectId: only those about this node (an event, say).
   * unit: only those counting exactly this (living hostages held in Gaza). articleId: only those this article
   * states. first: 1 to 100 (default 20); after: a cursor from a previous page of the same arguments.
   */
  claims: ClaimConnection;
  /**
   * How two nodes are connected: the shortest paths of typed relations between them (mentions in a shared article
   * do not count), each relation with its evidence; empty when none is at most maxHops long. maxHops: 1 to 4.
   * first: 1 to 50. NOT_FOUND, naming the argument, when no node has fromId or toId.
   */
  connection: Array<Path>;
  /** Any node by id (person, organization, place, event, proposal, term, statement, claim, article); null when the graph holds no node with that id. */
  entity?: Maybe<Node>;
  /** Whether the API and its graph database answer. Never fails: a database that does not answer gives database: false. */
  health: Health;
  /** Every negotiating pair as nodes and weighted edges, for a network view; rollUp as in negotiations. first: at most this many edges, the heaviest first, 1 to 500. */
  negotiationNetwork: NegotiationNetwork;
  /**
   * Who negotiated with whom: one entry per counterpart of the actor, the most negotiated-with first. Two actors
   * negotiated when both took part in one talks or negotiation event as party, lead negotiator or negotiator on
   * different sides (different tables when both participations give one: delegations seated together are not
   * counterparts), or when one made a proposal addressed to the other. rollUp: count a person's negotiations for
   * the organization the person holds a role in, and an organization's for the top organization it is part of
   * (Boehler's talks are the United States' talks with Hamas). actorId must be a person or organization
   * (NOT_FOUND when no node has that id). first: 1 to 100.
   */
  negotiations: Array<Negotiation>;
  /**
   * The nodes and relations around a node, for graph views: nodes up to depth relations away (1 to 3) and the
   * relations followed to reach them. first: at most this many nodes besides the centre, 1 to 500 (and at most
   * this many relations followed from any one node). NOT_FOUND, naming the argument, when no node has that id.
   */
  neighborhood: Graph;
  /**
   * The proposals the graph holds, by id, filtered: each filter is optional and they combine (and); an id no node has is NOT_FOUND.
   * statuses: only proposals with one of these statuses (proposed, demanded, under negotiation, accepted, rejected;
   * 1 to 50). proposerId: only those this person or organization made (PROPOSED); addresseeId: only those made to it
   * (ADDRESSED_TO); neither rolls up to the organization a person represents. articleId: only those this article
   * states. from, to: ISO dates (YYYY-MM-DD); match: how the proposal's date interval meets [from, to], as in the
   * timeline (WITHIN by default); an undated proposal is left out of any range. first: 1 to 100 (default 20); after:
   * a cursor from a previous page of the same arguments.
   */
  proposals: ProposalConnection;
  /** Full-text search over the names and aliases of people, organizations and places ('Witkoff', 'Boehler', 'Qatar'). Every word must match a whole word or the start of one. first: 1 to 50. */
  search: Array<SearchHit>;
  /** Full-text search over entity names and aliases and over the titles, summaries, quotes, texts, notes and figures of events, proposals, terms, statements and claims, and over article titles ('ceasefire', 'last warning', 'Palestinian prisoners'). Every word must match a whole word or the start of one. types: which kinds of node to return (at least one; default all). first: 1 to 50. */
  searchAll: Array<NodeSearchHit>;
  /**
   * The statements the graph holds, by id, filtered: each filter is optional and they combine (and); an id no node has is NOT_FOUND. speakerId: only
   * those this person or organization made (STATED). articleId: only those this article quotes. from, to: ISO dates
   * (YYYY-MM-DD); match: how the statement's date interval meets [from, to], as in the timeline (WITHIN by default);
   * an undated statement is left out of any range. first: 1 to 100 (default 20); after: a cursor from a previous page
   * of the same arguments.
   */
  statements: StatementConnection;
  /**
   * Events in the order of their date interval: earliest day first (undated last), then the latest day, then the
   * order the text gives (an event that followed or was triggered by another comes after it), then id.
   * match says which events are in [from, to], and defaults to WITHIN, so that a month's first page holds events
   * dated in that month rather than open-ended ones that began years before: WITHIN, the whole interval lies in the
   * range (an open end counts only where the range is open on that side); STARTS_IN, its earliest day is in the
   * range; OVERLAPS, the interval reaches into the range, an open end (latest null: the article gives no end)
   * reaching every day from its earliest on. Every edge's placement says whether the event certainly (WITHIN) or
   * only possibly (OVERLAPS) falls in the range. An event with no known earliest day is left out of a date range,
   * in every mode. from, to: ISO dates (YYYY-MM-DD). actorId: only that actor's events (NOT_FOUND when no node
   * has that id). kinds: only events of these kinds (talks, negotiation, attack, ...; 1 to 50 of them). first: 1 to
   * 100. after: a cursor from a previous page (of the same arguments).
   */
  timeline: EventConnection;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  publishers?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryClaimDisagreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  articleId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryNegotiationNetworkArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryNegotiationsArgs = {
  actorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryProposalsArgs = {
  addresseeId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  articleId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  match?: InputMaybe<RangeMatch>;
  proposerId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QuerySearchAllArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  articleId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  match?: InputMaybe<RangeMatch>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The conflict-diplomacy knowledge graph: people, organizations, places, events, proposals, statements
 * and figures from news articles, each fact tied to the words of the article it came from.
 */
export type QueryTimelineArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  match?: InputMaybe<RangeMatch>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Which events a timeline's date range [from, to] keeps. */
export type RangeMatch =
  /** Events whose interval reaches into the range: they may have happened in it, open-ended ones included. */
  | 'OVERLAPS'
  /** Events whose earliest possible day is in the range, wherever they end. */
  | 'STARTS_IN'
  /** Events whose whole interval lies in the range: they certainly happened in it (the default). */
  | 'WITHIN';

/** How an event's date interval sits in the timeline's date range. */
export type RangePlacement =
  /** No date range (from, to) was asked for. */
  | 'NO_RANGE'
  /** The interval only reaches into the range (it starts before, ends after, or has no known end): the event may have happened in it. */
  | 'OVERLAPS'
  /** The whole interval lies within the range (an open end only within a range open at that end): the event happened in it. */
  | 'WITHIN';

/** A person's role in an organization (HOLDS_ROLE): the person represents it. */
export type Role = Sourced & {
  __typename?: 'Role';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** Where the role is held. */
  organization: Organization;
  /** Who holds the role. */
  person: Person;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** The title as the article gives it (special envoy for hostage affairs). */
  title?: Maybe<Scalars['String']['output']>;
};


/** A person's role in an organization (HOLDS_ROLE): the person represents it. */
export type RoleEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person's role in an organization (HOLDS_ROLE): the person represents it. */
export type RoleEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of roles, with how many there are in all. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** The items of this page, in the list's order. */
  edges: Array<RoleEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of roles. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Role;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The person, organization or place found. */
  entity: Entity;
  /** Full-text relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** A kind of node searchAll can return. */
export type SearchType =
  /** Articles, by title (not by their full text). */
  | 'Article'
  /** Claims, by text, figure or unit. */
  | 'Claim'
  /** Events, by title or summary. */
  | 'Event'
  /** Organizations. */
  | 'Organization'
  /** People. */
  | 'Person'
  /** Places. */
  | 'Place'
  /** Proposals, by title or summary. */
  | 'Proposal'
  /** Statements, by quote. */
  | 'Statement'
  /** Terms of proposals, by text or note. */
  | 'Term';

/**
 * A relation the articles state (a participation, a role, a link between events, a graph edge): one fact however many
 * articles state it, with how many do and each one's quotes.
 */
export type Sourced = {
  /** The quotes of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
};


/**
 * A relation the articles state (a participation, a role, a link between events, a graph edge): one fact however many
 * articles state it, with how many do and each one's quotes.
 */
export type SourcedEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A relation the articles state (a participation, a role, a link between events, a graph edge): one fact however many
 * articles state it, with how many do and each one's quotes.
 */
export type SourcedEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One figure, and every article that states it. */
export type StatedClaim = {
  __typename?: 'StatedClaim';
  /** The figure, with its source actors (Claim.sources) and its quotes. */
  claim: Claim;
  /** Each article that states it, in resolution order (the earliest published first). */
  statedIn: Array<ClaimSource>;
};

/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type Statement = Node & {
  __typename?: 'Statement';
  /** What it is about, by subject id: the first first: 1 to 100 (default 20); aboutConnection has them all. */
  about: Array<SubjectLink>;
  /** The same subjects page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  aboutConnection: SubjectLinkConnection;
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** When, if the article dates it. */
  date?: Maybe<FuzzyDate>;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Where it was said (Truth Social, a press briefing), or 'unspecified'. */
  medium?: Maybe<Scalars['String']['output']>;
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** True when the article paraphrases rather than quotes. */
  paraphrase: Scalars['Boolean']['output'];
  /** The words, verbatim from the article. */
  quote: Scalars['String']['output'];
  /** Offset just after the quote (end exclusive). */
  quoteEnd?: Maybe<Scalars['Int']['output']>;
  /** Offset of the quote in the article text (Unicode code points). */
  quoteStart?: Maybe<Scalars['Int']['output']>;
  /** Who said it, by actor id: the first first: 1 to 100 (default 20); speakersConnection has them all. */
  speakers: Array<ActorLink>;
  /** The same speakers page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  speakersConnection: ActorLinkConnection;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementAboutConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementSpeakersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, quoted verbatim (or paraphrased, as the article marks it). */
export type StatementSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of statements, by id, with how many pass the filters in all. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page. */
  edges: Array<StatementEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many statements pass the filters. */
  totalCount: Scalars['Int']['output'];
};

/** One statement of a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as after to continue after this statement. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** A statement by an actor (STATED), with its evidence. */
export type StatementLink = Sourced & {
  __typename?: 'StatementLink';
  /** The quotes that say who said it: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** The statement. */
  statement: Statement;
};


/** A statement by an actor (STATED), with its evidence. */
export type StatementLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A statement by an actor (STATED), with its evidence. */
export type StatementLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements, with how many there are in all. */
export type StatementLinkConnection = {
  __typename?: 'StatementLinkConnection';
  /** The items of this page, in the list's order. */
  edges: Array<StatementLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of statements. */
export type StatementLinkEdge = {
  __typename?: 'StatementLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: StatementLink;
};

/** What a statement, claim or proposal is about (ABOUT), with its evidence. */
export type SubjectLink = Sourced & {
  __typename?: 'SubjectLink';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** The node it is about. */
  subject: Node;
};


/** What a statement, claim or proposal is about (ABOUT), with its evidence. */
export type SubjectLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a statement, claim or proposal is about (ABOUT), with its evidence. */
export type SubjectLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of what a statement, claim or proposal is about, with how many there are in all. */
export type SubjectLinkConnection = {
  __typename?: 'SubjectLinkConnection';
  /** The items of this page, by subject id. */
  edges: Array<SubjectLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of SubjectLinks. */
export type SubjectLinkEdge = {
  __typename?: 'SubjectLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SubjectLink;
};

/** One term of a proposal. */
export type Term = Node & {
  __typename?: 'Term';
  /** What each article says about it, in resolution order (the earliest published first): the values its own fields choose among. The first first articles, 1 to 100 (default 20); accountsConnection has them all. */
  accounts: Array<Account>;
  /** Every article's account of it page by page, in resolution order, and how many articles describe it. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  accountsConnection: AccountConnection;
  /** The parties that give what the term says, by actor id: the first first: 1 to 100 (default 20); bindsConnection has them all. */
  binds: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  bindsConnection: ActorLinkConnection;
  /** Who demanded the term, by actor id: the first first: 1 to 100 (default 20); demandedByConnection has them all. */
  demandedBy: Array<ActorLink>;
  /** The same parties page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  demandedByConnection: ActorLinkConnection;
  /** The quotes of the articles that mention it, by article id: those of the first first articles, 1 to 100 (default 20); mentionsConnection has them all. */
  evidence: Array<Evidence>;
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** For an exchange: what the party gets in return. */
  inExchangeFor: Array<Scalars['String']['output']>;
  /** exchange (a party gives something in exchange for something), demand, or omission (what the proposal leaves out). */
  kind?: Maybe<Scalars['String']['output']>;
  /** The articles that mention it page by page, each with its quotes, and how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  mentionsConnection: MentionConnection;
  /** A remark the article makes on the term. */
  note?: Maybe<Scalars['String']['output']>;
  /** The statements, claims and proposals about it (ABOUT), by id: the first first, 1 to 100 (default 20); subjectOfConnection has them all. */
  subjectOf: Array<Node>;
  /** The same statements, claims and proposals page by page, with how many there are. first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  subjectOfConnection: AboutConnection;
  /** What the term says (Hamas releases half of its remaining hostages). */
  text: Scalars['String']['output'];
};


/** One term of a proposal. */
export type TermAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermAccountsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermBindsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermBindsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermDemandedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermDemandedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermSubjectOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One term of a proposal. */
export type TermSubjectOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A term of a proposal (HAS_TERM), with its evidence. */
export type TermLink = Sourced & {
  __typename?: 'TermLink';
  /** The quotes that say so: those of the first first articles that state it (1 to 100, default 5), the earliest published first; evidenceConnection has them all. */
  evidence: Array<Evidence>;
  /** The articles that state it page by page, each with its quotes, and how many there are (sources). first: 1 to 100 (default 20); after: a cursor from a previous page of this field. */
  evidenceConnection: MentionConnection;
  /** How many articles state it. */
  sources: Scalars['Int']['output'];
  /** The term. */
  term: Term;
};


/** A term of a proposal (HAS_TERM), with its evidence. */
export type TermLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A term of a proposal (HAS_TERM), with its evidence. */
export type TermLinkEvidenceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a proposal's terms, with how many there are in all. */
export type TermLinkConnection = {
  __typename?: 'TermLinkConnection';
  /** The items of this page, by term id. */
  edges: Array<TermLinkEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of TermLinks. */
export type TermLinkEdge = {
  __typename?: 'TermLinkEdge';
  /** Pass as after to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TermLink;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( OrganizationModel )
    | ( PersonModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( OrganizationModel )
    | ( PersonModel )
    | ( PlaceModel )
  ;
  Node:
    | ( ArticleModel )
    | ( ClaimModel )
    | ( EventModel )
    | ( OrganizationModel )
    | ( PersonModel )
    | ( PlaceModel )
    | ( ProposalModel )
    | ( StatementModel )
    | ( TermModel )
  ;
  Sourced:
    | ( Stated<Omit<ActorLink, 'actor' | 'evidence' | 'evidenceConnection'> & { actor: _RefType['Actor'], evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'] }> )
    | ( Stated<Omit<ClaimLink, 'claim' | 'evidence' | 'evidenceConnection'> & { claim: _RefType['Claim'], evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'] }> )
    | ( Stated<Omit<EventLink, 'event' | 'evidence' | 'evidenceConnection'> & { event: _RefType['Event'], evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'] }> )
    | ( EdgeModel )
    | ( NegotiationRoleModel )
    | ( Stated<Omit<OrganizationLink, 'evidence' | 'evidenceConnection' | 'organization'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], organization: _RefType['Organization'] }> )
    | ( ParticipationModel )
    | ( Stated<Omit<PlaceLink, 'evidence' | 'evidenceConnection' | 'place'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], place: _RefType['Place'] }> )
    | ( Stated<Omit<ProposalLink, 'evidence' | 'evidenceConnection' | 'proposal'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], proposal: _RefType['Proposal'] }> )
    | ( Stated<Omit<Role, 'evidence' | 'evidenceConnection' | 'organization' | 'person'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], organization: _RefType['Organization'], person: _RefType['Person'] }> )
    | ( Stated<Omit<StatementLink, 'evidence' | 'evidenceConnection' | 'statement'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], statement: _RefType['Statement'] }> )
    | ( Stated<Omit<SubjectLink, 'evidence' | 'evidenceConnection' | 'subject'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], subject: _RefType['Node'] }> )
    | ( Stated<Omit<TermLink, 'evidence' | 'evidenceConnection' | 'term'> & { evidence: Array<_RefType['Evidence']>, evidenceConnection: _RefType['MentionConnection'], term: _RefType['Term'] }> )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AboutConnection: ResolverTypeWrapper<Counted<Omit<AboutConnection, 'edges'> & { edges: Array<ResolversTypes['AboutEdge']> }>>;
  AboutEdge: ResolverTypeWrapper<Omit<AboutEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  Account: ResolverTypeWrapper<AccountModel>;
  AccountConnection: ResolverTypeWrapper<Counted<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  Actor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Actor']>;
  ActorLink: ResolverTypeWrapper<Stated<Omit<ActorLink, 'actor' | 'evidence' | 'evidenceConnection'> & { actor: ResolversTypes['Actor'], evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'] }>>;
  ActorLinkConnection: ResolverTypeWrapper<Counted<Omit<ActorLinkConnection, 'edges'> & { edges: Array<ResolversTypes['ActorLinkEdge']> }>>;
  ActorLinkEdge: ResolverTypeWrapper<Omit<ActorLinkEdge, 'node'> & { node: ResolversTypes['ActorLink'] }>;
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  ClaimConnection: ResolverTypeWrapper<Counted<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>>;
  ClaimDisagreement: ResolverTypeWrapper<Omit<ClaimDisagreement, 'claims' | 'subject'> & { claims: Array<ResolversTypes['StatedClaim']>, subject: ResolversTypes['Node'] }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimLink: ResolverTypeWrapper<Stated<Omit<ClaimLink, 'claim' | 'evidence' | 'evidenceConnection'> & { claim: ResolversTypes['Claim'], evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'] }>>;
  ClaimLinkConnection: ResolverTypeWrapper<Counted<Omit<ClaimLinkConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimLinkEdge']> }>>;
  ClaimLinkEdge: ResolverTypeWrapper<Omit<ClaimLinkEdge, 'node'> & { node: ResolversTypes['ClaimLink'] }>;
  ClaimSource: ResolverTypeWrapper<Omit<ClaimSource, 'article'> & { article: ResolversTypes['Article'] }>;
  DatePrecision: null;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventLink: ResolverTypeWrapper<Stated<Omit<EventLink, 'event' | 'evidence' | 'evidenceConnection'> & { event: ResolversTypes['Event'], evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'] }>>;
  EventLinkConnection: ResolverTypeWrapper<Counted<Omit<EventLinkConnection, 'edges'> & { edges: Array<ResolversTypes['EventLinkEdge']> }>>;
  EventLinkEdge: ResolverTypeWrapper<Omit<EventLinkEdge, 'node'> & { node: ResolversTypes['EventLink'] }>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDateModel>;
  Graph: ResolverTypeWrapper<GraphModel>;
  GraphEdge: ResolverTypeWrapper<EdgeModel>;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionModel>;
  MentionConnection: ResolverTypeWrapper<Counted<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionEdge']> }>>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  Negotiation: ResolverTypeWrapper<NegotiationModel>;
  NegotiationEdge: ResolverTypeWrapper<NegotiationEdgeModel>;
  NegotiationNetwork: ResolverTypeWrapper<Omit<NegotiationNetwork, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NegotiationEdge']>, nodes: Array<ResolversTypes['NetworkNode']> }>;
  NegotiationRole: ResolverTypeWrapper<NegotiationRoleModel>;
  NegotiationSide: NegotiationSide;
  NetworkNode: ResolverTypeWrapper<Omit<NetworkNode, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeSearchHit: ResolverTypeWrapper<Omit<NodeSearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationLink: ResolverTypeWrapper<Stated<Omit<OrganizationLink, 'evidence' | 'evidenceConnection' | 'organization'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], organization: ResolversTypes['Organization'] }>>;
  OrganizationLinkConnection: ResolverTypeWrapper<Counted<Omit<OrganizationLinkConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationLinkEdge']> }>>;
  OrganizationLinkEdge: ResolverTypeWrapper<Omit<OrganizationLinkEdge, 'node'> & { node: ResolversTypes['OrganizationLink'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<ParticipationModel>;
  ParticipationConnection: ResolverTypeWrapper<Counted<Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversTypes['ParticipationEdge']> }>>;
  ParticipationEdge: ResolverTypeWrapper<Omit<ParticipationEdge, 'node'> & { node: ResolversTypes['Participation'] }>;
  Passage: ResolverTypeWrapper<Passage>;
  Path: ResolverTypeWrapper<PathModel>;
  Person: ResolverTypeWrapper<PersonModel>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceLink: ResolverTypeWrapper<Stated<Omit<PlaceLink, 'evidence' | 'evidenceConnection' | 'place'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], place: ResolversTypes['Place'] }>>;
  PlaceLinkConnection: ResolverTypeWrapper<Counted<Omit<PlaceLinkConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceLinkEdge']> }>>;
  PlaceLinkEdge: ResolverTypeWrapper<Omit<PlaceLinkEdge, 'node'> & { node: ResolversTypes['PlaceLink'] }>;
  Proposal: ResolverTypeWrapper<ProposalModel>;
  ProposalConnection: ResolverTypeWrapper<Counted<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalEdge']> }>>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalLink: ResolverTypeWrapper<Stated<Omit<ProposalLink, 'evidence' | 'evidenceConnection' | 'proposal'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], proposal: ResolversTypes['Proposal'] }>>;
  ProposalLinkConnection: ResolverTypeWrapper<Counted<Omit<ProposalLinkConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalLinkEdge']> }>>;
  ProposalLinkEdge: ResolverTypeWrapper<Omit<ProposalLinkEdge, 'node'> & { node: ResolversTypes['ProposalLink'] }>;
  ProposalRelation: ProposalRelation;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RangeMatch: RangeMatch;
  RangePlacement: RangePlacement;
  Role: ResolverTypeWrapper<Stated<Omit<Role, 'evidence' | 'evidenceConnection' | 'organization' | 'person'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], organization: ResolversTypes['Organization'], person: ResolversTypes['Person'] }>>;
  RoleConnection: ResolverTypeWrapper<Counted<Omit<RoleConnection, 'edges'> & { edges: Array<ResolversTypes['RoleEdge']> }>>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchType: null;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  StatedClaim: ResolverTypeWrapper<Omit<StatedClaim, 'claim' | 'statedIn'> & { claim: ResolversTypes['Claim'], statedIn: Array<ResolversTypes['ClaimSource']> }>;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementConnection: ResolverTypeWrapper<Counted<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementLink: ResolverTypeWrapper<Stated<Omit<StatementLink, 'evidence' | 'evidenceConnection' | 'statement'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], statement: ResolversTypes['Statement'] }>>;
  StatementLinkConnection: ResolverTypeWrapper<Counted<Omit<StatementLinkConnection, 'edges'> & { edges: Array<ResolversTypes['StatementLinkEdge']> }>>;
  StatementLinkEdge: ResolverTypeWrapper<Omit<StatementLinkEdge, 'node'> & { node: ResolversTypes['StatementLink'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubjectLink: ResolverTypeWrapper<Stated<Omit<SubjectLink, 'evidence' | 'evidenceConnection' | 'subject'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], subject: ResolversTypes['Node'] }>>;
  SubjectLinkConnection: ResolverTypeWrapper<Counted<Omit<SubjectLinkConnection, 'edges'> & { edges: Array<ResolversTypes['SubjectLinkEdge']> }>>;
  SubjectLinkEdge: ResolverTypeWrapper<Omit<SubjectLinkEdge, 'node'> & { node: ResolversTypes['SubjectLink'] }>;
  Term: ResolverTypeWrapper<TermModel>;
  TermLink: ResolverTypeWrapper<Stated<Omit<TermLink, 'evidence' | 'evidenceConnection' | 'term'> & { evidence: Array<ResolversTypes['Evidence']>, evidenceConnection: ResolversTypes['MentionConnection'], term: ResolversTypes['Term'] }>>;
  TermLinkConnection: ResolverTypeWrapper<Counted<Omit<TermLinkConnection, 'edges'> & { edges: Array<ResolversTypes['TermLinkEdge']> }>>;
  TermLinkEdge: ResolverTypeWrapper<Omit<TermLinkEdge, 'node'> & { node: ResolversTypes['TermLink'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AboutConnection: Counted<Omit<AboutConnection, 'edges'> & { edges: Array<ResolversParentTypes['AboutEdge']> }>;
  AboutEdge: Omit<AboutEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  Account: AccountModel;
  AccountConnection: Counted<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> }>;
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  Actor: ResolversUnionTypes<ResolversParentTypes>['Actor'];
  ActorLink: Stated<Omit<ActorLink, 'actor' | 'evidence' | 'evidenceConnection'> & { actor: ResolversParentTypes['Actor'], evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'] }>;
  ActorLinkConnection: Counted<Omit<ActorLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorLinkEdge']> }>;
  ActorLinkEdge: Omit<ActorLinkEdge, 'node'> & { node: ResolversParentTypes['ActorLink'] };
  Article: ArticleModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimModel;
  ClaimConnection: Counted<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> }>;
  ClaimDisagreement: Omit<ClaimDisagreement, 'claims' | 'subject'> & { claims: Array<ResolversParentTypes['StatedClaim']>, subject: ResolversParentTypes['Node'] };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimLink: Stated<Omit<ClaimLink, 'claim' | 'evidence' | 'evidenceConnection'> & { claim: ResolversParentTypes['Claim'], evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'] }>;
  ClaimLinkConnection: Counted<Omit<ClaimLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimLinkEdge']> }>;
  ClaimLinkEdge: Omit<ClaimLinkEdge, 'node'> & { node: ResolversParentTypes['ClaimLink'] };
  ClaimSource: Omit<ClaimSource, 'article'> & { article: ResolversParentTypes['Article'] };
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventLink: Stated<Omit<EventLink, 'event' | 'evidence' | 'evidenceConnection'> & { event: ResolversParentTypes['Event'], evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'] }>;
  EventLinkConnection: Counted<Omit<EventLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventLinkEdge']> }>;
  EventLinkEdge: Omit<EventLinkEdge, 'node'> & { node: ResolversParentTypes['EventLink'] };
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDateModel;
  Graph: GraphModel;
  GraphEdge: EdgeModel;
  GraphNode: GraphNodeModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mention: MentionModel;
  MentionConnection: Counted<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionEdge']> }>;
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  Negotiation: NegotiationModel;
  NegotiationEdge: NegotiationEdgeModel;
  NegotiationNetwork: Omit<NegotiationNetwork, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NegotiationEdge']>, nodes: Array<ResolversParentTypes['NetworkNode']> };
  NegotiationRole: NegotiationRoleModel;
  NetworkNode: Omit<NetworkNode, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeSearchHit: Omit<NodeSearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Organization: OrganizationModel;
  OrganizationLink: Stated<Omit<OrganizationLink, 'evidence' | 'evidenceConnection' | 'organization'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], organization: ResolversParentTypes['Organization'] }>;
  OrganizationLinkConnection: Counted<Omit<OrganizationLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationLinkEdge']> }>;
  OrganizationLinkEdge: Omit<OrganizationLinkEdge, 'node'> & { node: ResolversParentTypes['OrganizationLink'] };
  PageInfo: PageInfo;
  Participation: ParticipationModel;
  ParticipationConnection: Counted<Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParticipationEdge']> }>;
  ParticipationEdge: Omit<ParticipationEdge, 'node'> & { node: ResolversParentTypes['Participation'] };
  Passage: Passage;
  Path: PathModel;
  Person: PersonModel;
  Place: PlaceModel;
  PlaceLink: Stated<Omit<PlaceLink, 'evidence' | 'evidenceConnection' | 'place'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], place: ResolversParentTypes['Place'] }>;
  PlaceLinkConnection: Counted<Omit<PlaceLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceLinkEdge']> }>;
  PlaceLinkEdge: Omit<PlaceLinkEdge, 'node'> & { node: ResolversParentTypes['PlaceLink'] };
  Proposal: ProposalModel;
  ProposalConnection: Counted<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalEdge']> }>;
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalLink: Stated<Omit<ProposalLink, 'evidence' | 'evidenceConnection' | 'proposal'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], proposal: ResolversParentTypes['Proposal'] }>;
  ProposalLinkConnection: Counted<Omit<ProposalLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalLinkEdge']> }>;
  ProposalLinkEdge: Omit<ProposalLinkEdge, 'node'> & { node: ResolversParentTypes['ProposalLink'] };
  Query: Record<PropertyKey, never>;
  Role: Stated<Omit<Role, 'evidence' | 'evidenceConnection' | 'organization' | 'person'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], organization: ResolversParentTypes['Organization'], person: ResolversParentTypes['Person'] }>;
  RoleConnection: Counted<Omit<RoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoleEdge']> }>;
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  StatedClaim: Omit<StatedClaim, 'claim' | 'statedIn'> & { claim: ResolversParentTypes['Claim'], statedIn: Array<ResolversParentTypes['ClaimSource']> };
  Statement: StatementModel;
  StatementConnection: Counted<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> }>;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementLink: Stated<Omit<StatementLink, 'evidence' | 'evidenceConnection' | 'statement'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], statement: ResolversParentTypes['Statement'] }>;
  StatementLinkConnection: Counted<Omit<StatementLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementLinkEdge']> }>;
  StatementLinkEdge: Omit<StatementLinkEdge, 'node'> & { node: ResolversParentTypes['StatementLink'] };
  String: Scalars['String']['output'];
  SubjectLink: Stated<Omit<SubjectLink, 'evidence' | 'evidenceConnection' | 'subject'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], subject: ResolversParentTypes['Node'] }>;
  SubjectLinkConnection: Counted<Omit<SubjectLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubjectLinkEdge']> }>;
  SubjectLinkEdge: Omit<SubjectLinkEdge, 'node'> & { node: ResolversParentTypes['SubjectLink'] };
  Term: TermModel;
  TermLink: Stated<Omit<TermLink, 'evidence' | 'evidenceConnection' | 'term'> & { evidence: Array<ResolversParentTypes['Evidence']>, evidenceConnection: ResolversParentTypes['MentionConnection'], term: ResolversParentTypes['Term'] }>;
  TermLinkConnection: Counted<Omit<TermLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['TermLinkEdge']> }>;
  TermLinkEdge: Omit<TermLinkEdge, 'node'> & { node: ResolversParentTypes['TermLink'] };
};

export type AboutConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AboutConnection'] = ResolversParentTypes['AboutConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AboutEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AboutEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AboutEdge'] = ResolversParentTypes['AboutEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  figure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paraphrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type ActorLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorLink'] = ResolversParentTypes['ActorLink']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ActorLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ActorLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorLinkConnection'] = ResolversParentTypes['ActorLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorLinkEdge'] = ResolversParentTypes['ActorLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActorLink'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<ArticleAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<ArticleAccountsConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ArticleEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsConnectionArgs, 'first'>>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrieved?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<ArticleSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<ArticleSubjectOfConnectionArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['SubjectLink']>, ParentType, ContextType, RequireFields<ClaimAboutArgs, 'first'>>;
  aboutConnection?: Resolver<ResolversTypes['SubjectLinkConnection'], ParentType, ContextType, RequireFields<ClaimAboutConnectionArgs, 'first'>>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<ClaimAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<ClaimAccountsConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ClaimEvidenceArgs, 'first'>>;
  figure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ClaimMentionsConnectionArgs, 'first'>>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ClaimSourcesArgs, 'first'>>;
  sourcesConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<ClaimSourcesConnectionArgs, 'first'>>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<ClaimSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<ClaimSubjectOfConnectionArgs, 'first'>>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimDisagreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimDisagreement'] = ResolversParentTypes['ClaimDisagreement']> = {
  claims?: Resolver<Array<ResolversTypes['StatedClaim']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLink'] = ResolversParentTypes['ClaimLink']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ClaimLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ClaimLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLinkConnection'] = ResolversParentTypes['ClaimLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLinkEdge'] = ResolversParentTypes['ClaimLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClaimLink'], ParentType, ContextType>;
};

export type ClaimSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimSource'] = ResolversParentTypes['ClaimSource']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DatePrecisionResolvers = { DAY: 'day', MONTH: 'month', RANGE: 'range', UNKNOWN: 'unknown', YEAR: 'year' };

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<EventAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<EventAccountsConnectionArgs, 'first'>>;
  causes?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventCausesArgs, 'first'>>;
  causesConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventCausesConnectionArgs, 'first'>>;
  consequences?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventConsequencesArgs, 'first'>>;
  consequencesConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventConsequencesConnectionArgs, 'first'>>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventEvidenceArgs, 'first'>>;
  followedBy?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventFollowedByArgs, 'first'>>;
  followedByConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventFollowedByConnectionArgs, 'first'>>;
  follows?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventFollowsArgs, 'first'>>;
  followsConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventFollowsConnectionArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventMentionsConnectionArgs, 'first'>>;
  partOf?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventPartOfArgs, 'first'>>;
  partOfConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventPartOfConnectionArgs, 'first'>>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  participantsConnection?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<EventParticipantsConnectionArgs, 'first'>>;
  parts?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<EventPartsArgs, 'first'>>;
  partsConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<EventPartsConnectionArgs, 'first'>>;
  places?: Resolver<Array<ResolversTypes['PlaceLink']>, ParentType, ContextType, RequireFields<EventPlacesArgs, 'first'>>;
  placesConnection?: Resolver<ResolversTypes['PlaceLinkConnection'], ParentType, ContextType, RequireFields<EventPlacesConnectionArgs, 'first'>>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<EventSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<EventSubjectOfConnectionArgs, 'first'>>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  placement?: Resolver<ResolversTypes['RangePlacement'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventLink'] = ResolversParentTypes['EventLink']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<EventLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventLinkConnection'] = ResolversParentTypes['EventLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventLinkEdge'] = ResolversParentTypes['EventLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EventLink'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<EvidencePassageArgs, 'context'>>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FuzzyDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = {
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<GraphEdgeEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<GraphEdgeEvidenceConnectionArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type NegotiationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Negotiation'] = ResolversParentTypes['Negotiation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  counterpart?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['NegotiationRole']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationEdge'] = ResolversParentTypes['NegotiationEdge']> = {
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationNetwork'] = ResolversParentTypes['NegotiationNetwork']> = {
  edges?: Resolver<Array<ResolversTypes['NegotiationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
};

export type NegotiationRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationRole'] = ResolversParentTypes['NegotiationRole']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<NegotiationRoleEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<NegotiationRoleEvidenceConnectionArgs, 'first'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['NegotiationSide'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Claim' | 'Event' | 'Organization' | 'Person' | 'Place' | 'Proposal' | 'Statement' | 'Term', ParentType, ContextType>;
};

export type NodeSearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeSearchHit'] = ResolversParentTypes['NodeSearchHit']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<OrganizationAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<OrganizationAccountsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimLink']>, ParentType, ContextType, RequireFields<OrganizationClaimsArgs, 'first'>>;
  claimsConnection?: Resolver<ResolversTypes['ClaimLinkConnection'], ParentType, ContextType, RequireFields<OrganizationClaimsConnectionArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  eventsConnection?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<OrganizationEventsConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganizationEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  membersConnection?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<OrganizationMembersConnectionArgs, 'first'>>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<OrganizationMentionsConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['OrganizationLink']>, ParentType, ContextType, RequireFields<OrganizationPartOfArgs, 'first'>>;
  partOfConnection?: Resolver<ResolversTypes['OrganizationLinkConnection'], ParentType, ContextType, RequireFields<OrganizationPartOfConnectionArgs, 'first'>>;
  parts?: Resolver<Array<ResolversTypes['OrganizationLink']>, ParentType, ContextType, RequireFields<OrganizationPartsArgs, 'first'>>;
  partsConnection?: Resolver<ResolversTypes['OrganizationLinkConnection'], ParentType, ContextType, RequireFields<OrganizationPartsConnectionArgs, 'first'>>;
  proposals?: Resolver<Array<ResolversTypes['ProposalLink']>, ParentType, ContextType, RequireFields<OrganizationProposalsArgs, 'first'>>;
  proposalsConnection?: Resolver<ResolversTypes['ProposalLinkConnection'], ParentType, ContextType, RequireFields<OrganizationProposalsConnectionArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  statementsConnection?: Resolver<ResolversTypes['StatementLinkConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsConnectionArgs, 'first'>>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<OrganizationSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<OrganizationSubjectOfConnectionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationLink'] = ResolversParentTypes['OrganizationLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganizationLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<OrganizationLinkEvidenceConnectionArgs, 'first'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationLinkConnection'] = ResolversParentTypes['OrganizationLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationLinkEdge'] = ResolversParentTypes['OrganizationLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationLink'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ParticipationEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ParticipationEvidenceConnectionArgs, 'first'>>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationConnection'] = ResolversParentTypes['ParticipationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type PassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<PersonAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<PersonAccountsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimLink']>, ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first'>>;
  claimsConnection?: Resolver<ResolversTypes['ClaimLinkConnection'], ParentType, ContextType, RequireFields<PersonClaimsConnectionArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<PersonEventsArgs, 'first'>>;
  eventsConnection?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<PersonEventsConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PersonEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PersonMentionsConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['ProposalLink']>, ParentType, ContextType, RequireFields<PersonProposalsArgs, 'first'>>;
  proposalsConnection?: Resolver<ResolversTypes['ProposalLinkConnection'], ParentType, ContextType, RequireFields<PersonProposalsConnectionArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<PersonRolesArgs, 'first'>>;
  rolesConnection?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<PersonRolesConnectionArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  statementsConnection?: Resolver<ResolversTypes['StatementLinkConnection'], ParentType, ContextType, RequireFields<PersonStatementsConnectionArgs, 'first'>>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<PersonSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<PersonSubjectOfConnectionArgs, 'first'>>;
  unnamed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<PlaceAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<PlaceAccountsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventLink']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'first'>>;
  eventsConnection?: Resolver<ResolversTypes['EventLinkConnection'], ParentType, ContextType, RequireFields<PlaceEventsConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlaceEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PlaceMentionsConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<PlaceSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<PlaceSubjectOfConnectionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceLink'] = ResolversParentTypes['PlaceLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlaceLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<PlaceLinkEvidenceConnectionArgs, 'first'>>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceLinkConnection'] = ResolversParentTypes['PlaceLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceLinkEdge'] = ResolversParentTypes['PlaceLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaceLink'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  about?: Resolver<Array<ResolversTypes['SubjectLink']>, ParentType, ContextType, RequireFields<ProposalAboutArgs, 'first'>>;
  aboutConnection?: Resolver<ResolversTypes['SubjectLinkConnection'], ParentType, ContextType, RequireFields<ProposalAboutConnectionArgs, 'first'>>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<ProposalAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<ProposalAccountsConnectionArgs, 'first'>>;
  addressedTo?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ProposalAddressedToArgs, 'first'>>;
  addressedToConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<ProposalAddressedToConnectionArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  demandedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ProposalDemandedByArgs, 'first'>>;
  demandedByConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<ProposalDemandedByConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ProposalEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ProposalMentionsConnectionArgs, 'first'>>;
  proposedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ProposalProposedByArgs, 'first'>>;
  proposedByConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<ProposalProposedByConnectionArgs, 'first'>>;
  rejectedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<ProposalRejectedByArgs, 'first'>>;
  rejectedByConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<ProposalRejectedByConnectionArgs, 'first'>>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<ProposalSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<ProposalSubjectOfConnectionArgs, 'first'>>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['TermLink']>, ParentType, ContextType, RequireFields<ProposalTermsArgs, 'first'>>;
  termsConnection?: Resolver<ResolversTypes['TermLinkConnection'], ParentType, ContextType, RequireFields<ProposalTermsConnectionArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type ProposalLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalLink'] = ResolversParentTypes['ProposalLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ProposalLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ProposalLinkEvidenceConnectionArgs, 'first'>>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ProposalRelation'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalLinkConnection'] = ResolversParentTypes['ProposalLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProposalLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalLinkEdge'] = ResolversParentTypes['ProposalLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProposalLink'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryAboutArgs, 'first' | 'id'>>;
  aboutConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<QueryAboutConnectionArgs, 'first' | 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  claimDisagreements?: Resolver<Array<ResolversTypes['ClaimDisagreement']>, ParentType, ContextType, RequireFields<QueryClaimDisagreementsArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  connection?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'first' | 'fromId' | 'maxHops' | 'toId'>>;
  entity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  negotiationNetwork?: Resolver<ResolversTypes['NegotiationNetwork'], ParentType, ContextType, RequireFields<QueryNegotiationNetworkArgs, 'first' | 'rollUp'>>;
  negotiations?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType, RequireFields<QueryNegotiationsArgs, 'actorId' | 'first' | 'rollUp'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'first' | 'id'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first' | 'match'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchAll?: Resolver<Array<ResolversTypes['NodeSearchHit']>, ParentType, ContextType, RequireFields<QuerySearchAllArgs, 'first' | 'text' | 'types'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'match'>>;
  timeline?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first' | 'match'>>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RoleEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<RoleEvidenceConnectionArgs, 'first'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchTypeResolvers = { ARTICLE: 'Article', CLAIM: 'Claim', EVENT: 'Event', ORGANIZATION: 'Organization', PERSON: 'Person', PLACE: 'Place', PROPOSAL: 'Proposal', STATEMENT: 'Statement', TERM: 'Term' };

export type SourcedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = {
  __resolveType: TypeResolveFn<'ActorLink' | 'ClaimLink' | 'EventLink' | 'GraphEdge' | 'NegotiationRole' | 'OrganizationLink' | 'Participation' | 'PlaceLink' | 'ProposalLink' | 'Role' | 'StatementLink' | 'SubjectLink' | 'TermLink', ParentType, ContextType>;
};

export type StatedClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatedClaim'] = ResolversParentTypes['StatedClaim']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  statedIn?: Resolver<Array<ResolversTypes['ClaimSource']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['SubjectLink']>, ParentType, ContextType, RequireFields<StatementAboutArgs, 'first'>>;
  aboutConnection?: Resolver<ResolversTypes['SubjectLinkConnection'], ParentType, ContextType, RequireFields<StatementAboutConnectionArgs, 'first'>>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<StatementAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<StatementAccountsConnectionArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<StatementEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<StatementMentionsConnectionArgs, 'first'>>;
  paraphrase?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quoteStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<StatementSpeakersArgs, 'first'>>;
  speakersConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<StatementSpeakersConnectionArgs, 'first'>>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<StatementSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<StatementSubjectOfConnectionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementLink'] = ResolversParentTypes['StatementLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<StatementLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<StatementLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementLinkConnection'] = ResolversParentTypes['StatementLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementLinkEdge'] = ResolversParentTypes['StatementLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatementLink'], ParentType, ContextType>;
};

export type SubjectLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectLink'] = ResolversParentTypes['SubjectLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<SubjectLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<SubjectLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubjectLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectLinkConnection'] = ResolversParentTypes['SubjectLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubjectLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubjectLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectLinkEdge'] = ResolversParentTypes['SubjectLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubjectLink'], ParentType, ContextType>;
};

export type TermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Term'] = ResolversParentTypes['Term']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<TermAccountsArgs, 'first'>>;
  accountsConnection?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<TermAccountsConnectionArgs, 'first'>>;
  binds?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<TermBindsArgs, 'first'>>;
  bindsConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<TermBindsConnectionArgs, 'first'>>;
  demandedBy?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, RequireFields<TermDemandedByArgs, 'first'>>;
  demandedByConnection?: Resolver<ResolversTypes['ActorLinkConnection'], ParentType, ContextType, RequireFields<TermDemandedByConnectionArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<TermEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inExchangeFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionsConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<TermMentionsConnectionArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectOf?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<TermSubjectOfArgs, 'first'>>;
  subjectOfConnection?: Resolver<ResolversTypes['AboutConnection'], ParentType, ContextType, RequireFields<TermSubjectOfConnectionArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TermLink'] = ResolversParentTypes['TermLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<TermLinkEvidenceArgs, 'first'>>;
  evidenceConnection?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<TermLinkEvidenceConnectionArgs, 'first'>>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TermLinkConnection'] = ResolversParentTypes['TermLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TermLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TermLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TermLinkEdge'] = ResolversParentTypes['TermLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TermLink'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AboutConnection?: AboutConnectionResolvers<ContextType>;
  AboutEdge?: AboutEdgeResolvers<ContextType>;
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorLink?: ActorLinkResolvers<ContextType>;
  ActorLinkConnection?: ActorLinkConnectionResolvers<ContextType>;
  ActorLinkEdge?: ActorLinkEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimDisagreement?: ClaimDisagreementResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLink?: ClaimLinkResolvers<ContextType>;
  ClaimLinkConnection?: ClaimLinkConnectionResolvers<ContextType>;
  ClaimLinkEdge?: ClaimLinkEdgeResolvers<ContextType>;
  ClaimSource?: ClaimSourceResolvers<ContextType>;
  DatePrecision?: DatePrecisionResolvers;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventLink?: EventLinkResolvers<ContextType>;
  EventLinkConnection?: EventLinkConnectionResolvers<ContextType>;
  EventLinkEdge?: EventLinkEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Negotiation?: NegotiationResolvers<ContextType>;
  NegotiationEdge?: NegotiationEdgeResolvers<ContextType>;
  NegotiationNetwork?: NegotiationNetworkResolvers<ContextType>;
  NegotiationRole?: NegotiationRoleResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeSearchHit?: NodeSearchHitResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationLink?: OrganizationLinkResolvers<ContextType>;
  OrganizationLinkConnection?: OrganizationLinkConnectionResolvers<ContextType>;
  OrganizationLinkEdge?: OrganizationLinkEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationConnection?: ParticipationConnectionResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceLink?: PlaceLinkResolvers<ContextType>;
  PlaceLinkConnection?: PlaceLinkConnectionResolvers<ContextType>;
  PlaceLinkEdge?: PlaceLinkEdgeResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposalLink?: ProposalLinkResolvers<ContextType>;
  ProposalLinkConnection?: ProposalLinkConnectionResolvers<ContextType>;
  ProposalLinkEdge?: ProposalLinkEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchType?: SearchTypeResolvers;
  Sourced?: SourcedResolvers<ContextType>;
  StatedClaim?: StatedClaimResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementLink?: StatementLinkResolvers<ContextType>;
  StatementLinkConnection?: StatementLinkConnectionResolvers<ContextType>;
  StatementLinkEdge?: StatementLinkEdgeResolvers<ContextType>;
  SubjectLink?: SubjectLinkResolvers<ContextType>;
  SubjectLinkConnection?: SubjectLinkConnectionResolvers<ContextType>;
  SubjectLinkEdge?: SubjectLinkEdgeResolvers<ContextType>;
  Term?: TermResolvers<ContextType>;
  TermLink?: TermLinkResolvers<ContextType>;
  TermLinkConnection?: TermLinkConnectionResolvers<ContextType>;
  TermLinkEdge?: TermLinkEdgeResolvers<ContextType>;
};

