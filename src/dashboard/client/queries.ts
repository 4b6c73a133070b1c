/**
 * The GraphQL documents the dashboard sends: only the public API, the same that any client may use. Field
 * selections are kept to what the views draw, so a large graph costs no more than the view needs.
 */

const evidence = `fragment Ev on Evidence { quote start end articleId article { id title source } }`;
const actor = `fragment ActorRef on Actor { __typename ... on Person { id name } ... on Organization { id name } }`;

export const timelineQuery = `
query Timeline($actorId: ID, $kinds: [String!], $from: String, $to: String, $first: Int!, $after: String) {
  timeline(actorId: $actorId, kinds: $kinds, from: $from, to: $to, first: $first, after: $after) {
    edges { sequence node { id kind title date { text precision earliest latest } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The network with each pair's mediators; the API's cost limit allows it for the heaviest 100 pairs. */
export const networkQuery = `
${actor}
query Network($rollUp: Boolean!, $first: Int!) {
  negotiationNetwork(rollUp: $rollUp, first: $first) {
    nodes { id degree weight actor { ...ActorRef ... on Organization { kind } } }
    edges {
      source target weight
      events { id title kind participants(roles: ["mediator"], first: 5) { actor { ...ActorRef } } }
      proposals { id title status }
    }
  }
}`;

/** The network without mediators, cheap enough for the 500 pairs a large view draws. */
export const networkOutlineQuery = `
${actor}
query NetworkOutline($rollUp: Boolean!, $first: Int!) {
  negotiationNetwork(rollUp: $rollUp, first: $first) {
    nodes { id degree weight actor { ...ActorRef ... on Organization { kind } } }
    edges { source target weight events { id title kind } proposals { id title status } }
  }
}`;

export const searchQuery = `
query Search($text: String!) {
  search(text: $text, first: 8) { score entity { __typename id name ... on Organization { kind } } }
}`;

export const nameQuery = `
query Name($id: ID!) {
  entity(id: $id) { __typename id ... on Entity { name } ... on Event { title } ... on Proposal { title } }
}`;

export const articleQuery = `
query Article($id: ID!) {
  entity(id: $id) { __typename id ... on Article { title source published text } }
}`;

const link = `sources evidence(first: $sources) { ...Ev }`;
const actorLink = `{ actor { ...ActorRef } ${link} }`;
const eventLink = `{ event { id title } ${link} }`;
const actorFacts = `
  events(first: $first) { role side { ...ActorRef } event { id title kind date { text } } ${link} }
  proposals(first: $first) { relation proposal { id title } ${link} }
  statements(first: $first) { statement { id quote medium } ${link} }
  claims(first: $first) { claim { id figure unit } ${link} }`;

/** How many items of each nested list a panel asks for: the API's cost limit counts every list at this size. */
export const panelListSize = 25;

/**
 * How many of a relation's sources a panel shows the quotes of (most facts have one or two); the panel says how many
 * articles state a fact when there are more.
 */
export const panelSourcesSize = 3;

// Nested lists are asked for `$first` (panelListSize) at a time: the API's cost limit counts each list at its size.
// Fields of one name but different nullability on two types must be aliased where both are asked (Event.kind is
// String!, Organization.kind String; Event.date FuzzyDate!, Proposal.date FuzzyDate).
export const panelQuery = `
${evidence}
${actor}
query Panel($id: ID!, $first: Int!, $sources: Int!) {
  entity(id: $id) {
    __typename id
    evidence { ...Ev }
    ... on Person { name aliases description roles(first: $first) { title organization { id name } ${link} } ${actorFacts} }
    ... on Organization {
      name aliases kind description
      members(first: $first) { title person { id name } ${link} }
      partOf(first: $first) { organization { id name } ${link} }
      parts(first: $first) { organization { id name } ${link} }
      ${actorFacts}
    }
    ... on Place { name aliases }
    ... on Event {
      eventKind: kind title summary date { text precision earliest latest basis }
      participants(first: $first) { role actor { ...ActorRef } side { ...ActorRef } ${link} }
      places(first: $first) { place { id name } ${link} }
      causes(first: $first) ${eventLink} consequences(first: $first) ${eventLink} follows(first: $first) ${eventLink}
      followedBy(first: $first) ${eventLink} partOf(first: $first) ${eventLink} parts(first: $first) ${eventLink}
    }
    ... on Proposal {
      title status summary proposalDate: date { text precision earliest latest }
      proposedBy(first: $first) ${actorLink} addressedTo(first: $first) ${actorLink} demandedBy(first: $first) ${actorLink} rejectedBy(first: $first) ${actorLink}
      terms(first: $first) { term { id text kind } ${link} }
    }
    ... on Term { text kind inExchangeFor note binds(first: $first) ${actorLink} }
    ... on Statement { quote medium paraphrase speakers(first: $first) ${actorLink} }
    ... on Claim { figure qualifier unit sources(first: $first) ${actorLink} }
    ... on Article { title source published }
  }
}`;
