import type {
  EventModel,
  NegotiationEdgeModel,
  NegotiationModel,
  NegotiationRoleModel,
  ParticipationModel,
  ProposalModel,
  StatedModel,
} from '../models';
import { toActor, toEvent, toNode, toRelation } from './nodes';

type Props = Record<string, unknown>;

function list(value: unknown): Props[] {
  return Array.isArray(value) ? (value as Props[]) : [];
}

function sideRoles(
  side: NegotiationRoleModel['side'],
  entries: unknown,
  event: EventModel | null,
  proposal: ProposalModel | null,
): NegotiationRoleModel[] {
  return list(entries).map((entry) => {
    const relation = toRelation(entry.relation);
    return {
      side,
      actor: toActor(entry.actor),
      role: String(entry.role),
      table: relation.table,
      event,
      proposal,
      stated: relation.stated,
    };
  });
}

/** Each fact once, in the order first met: one participation can stand behind several roles of a pair. */
function uniqueFacts(facts: StatedModel[]): StatedModel[] {
  return [...new Map(facts.map((fact) => [fact.fact, fact])).values()];
}

/** A row of negotiations.cypher: the pair, and per event or proposal behind it, each side's part and the mediators. */
export function toNegotiation(row: Props): NegotiationModel {
  const events: EventModel[] = [];
  const proposals: ProposalModel[] = [];
  const roles: NegotiationRoleModel[] = [];
  const mediators = new Map<string, ParticipationModel>();
  for (const basis of list(row.bases)) {
    const node = toNode(basis.basis);
    const event = node.__typename === 'Event' ? node : null;
    const proposal = node.__typename === 'Proposal' ? node : null;
    if (event) events.push(event);
    else if (proposal) proposals.push(proposal);
    else throw new TypeError(`expected a negotiation to rest on an event or a proposal, got the ${node.__typename} ${node.id}`);
    roles.push(...sideRoles('ACTOR', basis.ours, event, proposal), ...sideRoles('COUNTERPART', basis.theirs, event, proposal));
    for (const mediation of list(basis.mediators)) {
      const relation = toRelation(mediation.relation);
      const participation: ParticipationModel = {
        actor: toActor(mediation.actor),
        event: toEvent(mediation.event),
        role: relation.role ?? 'mediator',
        sideId: relation.sideId,
        table: relation.table,
        stated: relation.stated,
      };
      // The same mediation can stand behind several events of one pair (a mediation event linked to two talks).
      mediators.set(`${participation.actor.id} ${participation.event.id}`, participation);
    }
  }
  const mediations = [...mediators.values()];
  return {
    actor: toActor(row.actor),
    counterpart: toActor(row.counterpart),
    events,
    proposals,
    roles,
    mediators: mediations,
    facts: uniqueFacts([...roles, ...mediations].map((part) => part.stated)),
  };
}

/** A row of negotiation-network.cypher: one weighted pair. */
export function toNegotiationEdge(row: Props): NegotiationEdgeModel {
  const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    source: toActor(row.sourceNode),
    target: toActor(row.targetNode),
    weight: Number(row.weight),
    eventIds: ids(row.events),
    proposalIds: ids(row.proposals),
    facts: uniqueFacts(list(row.relations).map((relation) => toRelation(relation).stated)),
  };
}
