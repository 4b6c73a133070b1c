import { narrow } from '../mapping';
import type { ActorModel, KindedLinkModel, LinkModel, NodeModel, ParticipationModel, StatedModel } from '../models';

/**
 * Shapes the links a batch loader returns into the link types of the SDL (ActorLink, EventLink, ...): the node
 * at the other end, typed, and the fact the relation states (whose sources and quotes Sourced resolves).
 */

/** The links of one kind, of a query that returns several kinds in one list. */
export function ofKind<K extends string>(links: KindedLinkModel<K>[], kind: K): KindedLinkModel<K>[] {
  return links.filter((link) => link.kind === kind);
}

export function actorLink(link: LinkModel): { actor: ActorModel; stated: StatedModel } {
  return { actor: narrow(link.node, 'Person', 'Organization'), stated: link.relation.stated };
}

export function actorLinks(links: LinkModel[]): { actor: ActorModel; stated: StatedModel }[] {
  return links.map(actorLink);
}

export function eventLinks(links: LinkModel[]) {
  return links.map((link) => ({ event: narrow(link.node, 'Event'), stated: link.relation.stated }));
}

export function subjectLink(link: LinkModel): { subject: NodeModel; stated: StatedModel } {
  return { subject: link.node, stated: link.relation.stated };
}

/** An actor's participation, from events-by-actor (the event at the other end). */
export function participationOfActor(actor: ActorModel, link: LinkModel): ParticipationModel {
  return {
    actor,
    event: narrow(link.node, 'Event'),
    role: link.relation.role ?? 'participant',
    sideId: link.relation.sideId,
    table: link.relation.table,
    stated: link.relation.stated,
  };
}
