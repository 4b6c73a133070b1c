import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { listLength } from './argumentRanges';
import { toLink } from './mapping';
import { listPage } from './paging';
import type { Loaders, PageKey } from './loaders';
import { optionalList } from './validation';

/** Whether `@skip` / `@include` leave a selection in, as graphql-js's executor will decide it. */
function included(selection: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false;
}

/**
 * The fields named `name` directly in `selectionSet` that the request keeps (`@skip`/`@include`), looking through
 * inline fragments and fragment spreads whose type condition is one of `types` (or that have none).
 */
function fieldsNamed(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  types: readonly string[],
  info: GraphQLResolveInfo,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (!included(selection, info)) return [];
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition?.name.value;
    if (!fragment || (condition !== undefined && !types.includes(condition))) return [];
    return fieldsNamed(fragment.selectionSet, name, types, info);
  });
}

/** The one field named `name` in the selection, or null when there is none or several (aliases with other arguments). */
function onlyField(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  types: readonly string[],
  info: GraphQLResolveInfo,
): FieldNode | null {
  const fields = fieldsNamed(selectionSet, name, types, info);
  return fields.length === 1 ? (fields[0] ?? null) : null;
}

/** The root field being resolved, or null when the request asks it more than once (its selections then merge). */
function rootField(info: GraphQLResolveInfo): FieldNode | null {
  return info.fieldNodes.length === 1 ? (info.fieldNodes[0] ?? null) : null;
}

function argumentsOf(type: string, field: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  const definition = (info.schema.getType(type) as GraphQLObjectType).getFields()[field.name.value];
  if (!definition) throw new Error(`look-ahead: ${type} has no field ${field.name.value}`);
  return getArgumentValues(definition, field, info.variableValues);
}

/**
 * Whether a negotiations request asks for what the mediators feed: a negotiation's mediators, or its evidence (the
 * mediations' quotes are part of it). True when it cannot tell (the field asked twice), so nothing is left out.
 */
export function negotiationsNeedMediators(info: GraphQLResolveInfo): boolean {
  const negotiations = rootField(info);
  if (!negotiations) return true;
  return ['mediators', 'evidence'].some((name) => fieldsNamed(negotiations.selectionSet, name, ['Negotiation'], info).length > 0);
}

/**
 * What a root statement that brings each event's first participants (cypher/include/participants-page.cypher) needs:
 * the include's parameters, and the priming of the participants loader under the key the nested `participants`
 * field will ask for.
 */
export interface ParticipantsPlan {
  params: { participantRoles: string[] | null; participantsLimit: number };
  /** Primes one event's page, as participants-page returned it ([{actor, relation}]). */
  prime(loaders: Loaders, eventId: string, participants: unknown): void;
}

/** The participants plan of a nested `participants` field, from its arguments; null when they are invalid. */
function participantsPlan(participants: FieldNode, info: GraphQLResolveInfo): ParticipantsPlan | null {
  try {
    const args = argumentsOf('Event', participants, info);
    const roles = optionalList('roles', args.roles, listLength, 'roles such as "mediator"');
    const page = (eventId: string): PageKey => ({ ...listPage(eventId, args), roles });
    return {
      params: { participantRoles: roles, participantsLimit: page('').limit },
      prime: (loaders, eventId, rows) => {
        if (Array.isArray(rows))
          loaders.participants.prime(
            page(eventId),
            (rows as Record<string, unknown>[]).map((row) => toLink(row, 'actor')),
          );
      },
    };
  } catch {
    return null;
  }
}

/**
 * Reads the selection under `timeline` for edges { node { participants } } and returns the page the nested resolver
 * will ask the participants loader for, so timeline.cypher can fetch it with the events and prime the loader. Null
 * when the request does not nest participants, nests them twice, or gives arguments the field itself will refuse.
 */
export function timelineParticipantsPlan(info: GraphQLResolveInfo): ParticipantsPlan | null {
  const edges = onlyField(rootField(info)?.selectionSet, 'edges', ['EventConnection'], info);
  const node = onlyField(edges?.selectionSet, 'node', ['EventEdge'], info);
  const participants = onlyField(node?.selectionSet, 'participants', ['Event'], info);
  return participants ? participantsPlan(participants, info) : null;
}

/** The pages an entity request will ask the loaders for, when it nests events { event { participants } }. */
export interface EntityEventsPlan {
  events: (id: string) => PageKey;
  participants: ParticipantsPlan;
}

/**
 * Reads the selection under `entity` for actor events with their participants, and returns the exact loader keys
 * the nested resolvers will ask for (the same listPage rule), so one statement can answer the three levels and
 * prime those loaders. Null when the request does not nest them, or nests them ambiguously (two `events` with
 * different arguments): the request then runs level by level, as before. Arguments that fail validation also give
 * null, so the field's own resolver reports them.
 */
export function entityEventsPlan(info: GraphQLResolveInfo): EntityEventsPlan | null {
  const events = onlyField(rootField(info)?.selectionSet, 'events', ['Person', 'Organization'], info);
  const event = onlyField(events?.selectionSet, 'event', ['Participation'], info);
  const participants = onlyField(event?.selectionSet, 'participants', ['Event'], info);
  const participantsOf = participants ? participantsPlan(participants, info) : null;
  if (!events || !participantsOf) return null;
  try {
    const eventsArgs = argumentsOf('Organization', events, info);
    listPage('', eventsArgs);
    return { events: (id) => listPage(id, eventsArgs), participants: participantsOf };
  } catch {
    return null;
  }
}
