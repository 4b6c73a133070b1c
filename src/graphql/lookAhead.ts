import { getArgumentValues, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { listPage } from './paging';
import type { PageKey } from './loaders';
import { optionalList } from './validation';

/**
 * The fields named `name` directly in `selectionSet`, looking through inline fragments and fragment spreads whose
 * type condition is one of `types` (or that have none).
 */
function fieldsNamed(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  types: readonly string[],
  info: GraphQLResolveInfo,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
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

function argumentsOf(type: string, field: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  const definition = (info.schema.getType(type) as GraphQLObjectType).getFields()[field.name.value];
  if (!definition) throw new Error(`look-ahead: ${type} has no field ${field.name.value}`);
  return getArgumentValues(definition, field, info.variableValues);
}

/** The pages an entity request will ask the loaders for, when it nests events { event { participants } }. */
export interface EntityEventsPlan {
  events: (id: string) => PageKey;
  participants: (eventId: string) => PageKey;
}

/**
 * Reads the selection under `entity` for actor events with their participants, and returns the exact loader keys
 * the nested resolvers will ask for (the same listPage rule), so one statement can answer the three levels and
 * prime those loaders. Null when the request does not nest them, or nests them ambiguously (two `events` with
 * different arguments): the request then runs level by level, as before. Arguments that fail validation also give
 * null, so the field's own resolver reports them.
 */
export function entityEventsPlan(info: GraphQLResolveInfo): EntityEventsPlan | null {
  const entity = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const events = onlyField(entity?.selectionSet, 'events', ['Person', 'Organization'], info);
  const event = onlyField(events?.selectionSet, 'event', ['Participation'], info);
  const participants = onlyField(event?.selectionSet, 'participants', ['Event'], info);
  if (!events || !participants) return null;
  try {
    const eventsArgs = argumentsOf('Organization', events, info);
    const participantsArgs = argumentsOf('Event', participants, info);
    const roles = optionalList('roles', participantsArgs.roles, 'roles such as "mediator"');
    listPage('', eventsArgs);
    listPage('', participantsArgs);
    return {
      events: (id) => listPage(id, eventsArgs),
      participants: (eventId) => ({ ...listPage(eventId, participantsArgs), roles }),
    };
  } catch {
    return null;
  }
}
