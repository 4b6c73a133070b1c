/** Query rows -> the models resolvers return; the one place that knows the columns and properties of the query files. */
export {
  toAccount,
  toNode,
  narrow,
  toActor,
  toEntity,
  toEvent,
  toEdge,
  toEvidence,
  toLink,
  toTypedLink,
  toEventLink,
  toAffiliation,
  displayName,
} from './nodes';
export { toNegotiation, toNegotiationEdge } from './negotiations';
export { toPath, toGraph } from './graph';
