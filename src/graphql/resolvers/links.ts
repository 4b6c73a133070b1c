import { narrow } from '../mapping';
import type { ActorModel, EvidenceModel, LinkModel, NodeModel, ParticipationModel } from '../models';

/**
 * Shapes the links a batch loader returns into the link types of the SDL (ActorLink, EventLink, ...): the node
 * at the other end, typed, and the evidence of the relation.
 */

/** The links of one relation type, optionally in one direction. */
export function ofType(links: LinkModel[], type: string, outgoing?: boolean): LinkModel[] {
  return links.filter((link) => link.type === type && (outgoing === undefined || link.outgoing === outgoing));
}

export function actorLink(link: LinkModel): { actor: ActorModel; evidence: EvidenceModel[] } {
  return { actor: narrow(link.node, 'Person', 'Organization'), evidence: link.relation.evidence };
}

export function actorLinks(links: LinkModel[]): { actor: ActorModel; evidence: EvidenceModel[] }[] {
  return links.map(actorLink);
}

export function eventLinks(links: LinkModel[]) {
  return links.map((link) => ({ event: narrow(link.node, 'Event'), evidence: link.relation.evidence }));
}

export function subjectLink(link: LinkModel): { subject: NodeModel; evidence: EvidenceModel[] } {
  return { subject: link.node, evidence: link.relation.evidence };
}

/** An actor's participation, from events-by-actor (the event at the other end). */
export function participationOfActor(actor: ActorModel, link: LinkModel): ParticipationModel {
  return {
    actor,
    event: narrow(link.node, 'Event'),
    role: link.relation.role ?? 'participant',
    sideId: link.relation.sideId,
    table: link.relation.table,
    evidence: link.relation.evidence,
  };
}
