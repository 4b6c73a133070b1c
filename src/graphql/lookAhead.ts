import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  print,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { listLength } from './argumentRanges';
import { carriedByBrief, needsWholeNode } from './briefNodes';
import { toLink } from './mapping';
import { listPage } from './paging';
import { firstPage, primeRoles, type Loaders, type NestedPage, type PageKey } from './loaders';
import type { Row } from '../db';
import { optionalList } from './validation';

/** Whether `@skip` / `@include` leave a selection in, as graphql-js's executor will decide it. */
function included(selection: FieldNode | InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false;
}

/** The fragment an inline fragment is, or a spread names (undefined for a name the document does not define). */
function fragmentOf(selection: InlineFragmentNode | FragmentSpreadNode, info: GraphQLResolveInfo) {
  return selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
}

/**
 * Whether a fragment with this type condition applies to a value of one of `types`, as graphql-js decides it: no
 * condition, or a condition that is one of them or an interface or union one of them belongs to (`... on Sourced`
 * around a participation's fields, `... on Actor` around an organization's).
 */
function applies(condition: string | undefined, types: readonly GraphQLObjectType[], info: GraphQLResolveInfo): boolean {
  if (condition === undefined) return true;
  const type = info.schema.getType(condition);
  return type !== undefined && objectTypes(type, info).some((candidate) => types.includes(candidate));
}

/**
 * The fields named `name` directly in `selectionSet` that the request keeps (`@skip`/`@include`), looking through
 * inline fragments and fragment spreads that apply to a value of one of `types`.
 */
function fieldsNamed(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  types: readonly GraphQLObjectType[],
  info: GraphQLResolveInfo,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (!included(selection, info)) return [];
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const fragment = fragmentOf(selection, info);
    if (!fragment || !applies(fragment.typeCondition?.name.value, types, info)) return [];
    return fieldsNamed(fragment.selectionSet, name, types, info);
  });
}

/**
 * The field named `name` below `fields` (the selections of one field, which graphql-js merges) as graphql-js will
 * resolve it: every selection of it, however many fragments repeat it, so a plan sees what the field's own resolver
 * will see. Null when there is none, or when it is asked under several response keys or with other arguments
 * (aliases with other arguments: each resolves by itself, and a plan could prime only one). Arguments are compared
 * by name, in any order, as graphql-js's validation does before it merges selections.
 */
function mergedField(
  fields: readonly FieldNode[] | null,
  name: string,
  types: readonly GraphQLObjectType[],
  info: GraphQLResolveInfo,
): FieldNode[] | null {
  const found = (fields ?? []).flatMap((field) => fieldsNamed(field.selectionSet, name, types, info));
  const one = (write: (field: FieldNode) => string) => new Set(found.map(write)).size === 1;
  return one((field) => (field.alias ?? field.name).value) &&
    one((field) =>
      (field.arguments ?? [])
        .map((argument) => print(argument))
        .sort()
        .join(' '),
    )
    ? found
    : null;
}

function argumentsOf(type: string, field: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> {
  const definition = (info.schema.getType(type) as GraphQLObjectType).getFields()[field.name.value];
  if (!definition) throw new Error(`look-ahead: ${type} has no field ${field.name.value}`);
  return getArgumentValues(definition, field, info.variableValues);
}

function namedType(name: string, info: GraphQLResolveInfo): GraphQLNamedType {
  const type = info.schema.getType(name);
  if (!type) throw new Error(`look-ahead: the schema has no type ${name}`);
  return type;
}

/** The object types named `names`. */
function objectTypesNamed(names: readonly string[], info: GraphQLResolveInfo): GraphQLObjectType[] {
  return names.flatMap((name) => objectTypes(namedType(name, info), info));
}

/** The object types a value of `type` may be. */
function objectTypes(type: GraphQLNamedType, info: GraphQLResolveInfo): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return info.schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

/** The definition of `name` on `type` or, for an interface or union, on the first of its object types that has it. */
function fieldOf(type: GraphQLNamedType, name: string, info: GraphQLResolveInfo) {
  return objectTypes(type, info)
    .map((candidate) => candidate.getFields()[name])
    .find((field) => field !== undefined);
}

/** `visit` for each field `selectionSet` keeps (@skip/@include), through every fragment, with the type it is selected on. */
function everyField(
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  info: GraphQLResolveInfo,
  visit: (field: FieldNode, type: GraphQLNamedType) => boolean,
): boolean {
  if (!selectionSet) return true;
  return selectionSet.selections.every((selection) => {
    if (!included(selection, info)) return true;
    if (selection.kind === Kind.FIELD) return visit(selection, type);
    const fragment = fragmentOf(selection, info);
    const condition = fragment?.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
    return everyField(fragment?.selectionSet, condition ?? type, info, visit);
  });
}

/**
 * Whether `field`, selected on a value of `type`, is one a brief node answers (briefNodes.ts): __typename, what a
 * brief node carries, or a field with a resolver of its own (lists, which load by the node's id). Every fragment
 * counts, whatever its type condition, so the check errs towards the whole node.
 */
function briefField(field: FieldNode, type: GraphQLNamedType, info: GraphQLResolveInfo): boolean {
  const name = field.name.value;
  if (name === '__typename' || carriedByBrief(name)) return true;
  return objectTypes(type, info).every((candidate) => !needsWholeNode(candidate.name, name));
}

/**
 * Whether the nodes at `path` below `fields` (the selections of one field whose values are of `type`, e.g. a
 * participants list and ['actor']) may come brief: no selection of them asks for what a brief node lacks.
 */
function briefAt(fields: readonly FieldNode[], type: GraphQLNamedType, path: readonly string[], info: GraphQLResolveInfo): boolean {
  let positions: { selectionSet: SelectionSetNode | undefined; type: GraphQLNamedType }[] = fields.map((field) => ({
    selectionSet: field.selectionSet,
    type,
  }));
  for (const step of path) {
    positions = positions.flatMap((position) => {
      const definition = fieldOf(position.type, step, info);
      if (!definition) throw new Error(`look-ahead: ${position.type.name} has no field ${step}`);
      return fieldsNamed(position.selectionSet, step, objectTypes(position.type, info), info).map((field) => ({
        selectionSet: field.selectionSet,
        type: getNamedType(definition.type),
      }));
    });
  }
  return positions.every((position) => everyField(position.selectionSet, position.type, info, (field, on) => briefField(field, on, info)));
}

/** Whether nothing at any depth below `fields` asks for what a brief node lacks. */
function briefBelow(fields: readonly FieldNode[], type: GraphQLNamedType, info: GraphQLResolveInfo): boolean {
  return fields.every((node) =>
    everyField(node.selectionSet, type, info, (field, on) => {
      const definition = fieldOf(on, field.name.value, info);
      return briefField(field, on, info) && (!definition || briefBelow([field], getNamedType(definition.type), info));
    }),
  );
}

/**
 * `compute`'s answer for the field being resolved and `key`, read once per request: a nested list resolves once per
 * parent with the same field nodes, so its look-ahead is done once, not fifty times. The answers hang off the
 * request's variable values, an object each execution makes anew: the field nodes alone would not do, since
 * graphql-jit (jitExecutor.ts) keeps them from one request to the next, and the answer depends on the variables.
 */
export function oncePerRequest<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  const known = remembered.get(info.variableValues)?.get(info.fieldNodes);
  if (known?.has(key)) return known.get(key) as T;
  const answer = compute();
  // Looked up after `compute`, which may remember answers of its own for the same request and field.
  const request = remembered.get(info.variableValues) ?? new WeakMap<readonly FieldNode[], Map<string, unknown>>();
  remembered.set(info.variableValues, request);
  request.set(info.fieldNodes, (request.get(info.fieldNodes) ?? new Map<string, unknown>()).set(key, answer));
  return answer;
}

/** oncePerRequest's answers by the request's variable values, then by field nodes. */
const remembered = new WeakMap<object, WeakMap<readonly FieldNode[], Map<string, unknown>>>();

/**
 * Whether the statement behind the field being resolved may return brief nodes at `path` (['actor'] for a
 * participants list, ['edges', 'node'] for the timeline's events): false when the request turns look-ahead off.
 */
export function selectsBriefOnly(info: GraphQLResolveInfo, lookAhead: boolean, path: readonly string[]): boolean {
  if (!lookAhead) return false;
  return oncePerRequest(info, `brief ${path.join('.')}`, () => briefAt(info.fieldNodes, getNamedType(info.returnType), path, info));
}

/**
 * The field at the end of `path` below `fields` (values of `type`), merged at each step as graphql-js merges it
 * (mergedField); null when a step is missing or ambiguous.
 */
function mergedPath(fields: readonly FieldNode[], type: GraphQLNamedType, path: readonly string[], info: GraphQLResolveInfo) {
  let found: readonly FieldNode[] | null = fields;
  let on = type;
  for (const step of path) {
    const definition = fieldOf(on, step, info);
    if (!definition || !found) return null;
    found = mergedField(found, step, objectTypes(on, info), info);
    on = getNamedType(definition.type);
  }
  return found;
}

/**
 * The roles page each member's `person { roles }` will ask for, below members fields (`fields`, whose values are of
 * `type`; their items at `path`); null when the request does not nest it, nests it under two aliases or with other
 * arguments, or gives arguments the field itself will refuse (its resolver reports them).
 */
function rolesPageBelow(fields: readonly FieldNode[], type: GraphQLNamedType, path: readonly string[], info: GraphQLResolveInfo) {
  const roles = mergedPath(fields, type, [...path, 'person', 'roles'], info);
  const [first] = roles ?? [];
  if (!roles || !first) return null;
  try {
    return {
      limit: listPage('', argumentsOf('Person', first, info)).limit,
      brief: briefAt(roles, namedType('Role', info), ['organization'], info),
    };
  } catch {
    return null;
  }
}

/**
 * The roles page below the members list being resolved (its items at `path`: [] for members, ['edges', 'node'] for
 * membersConnection), so members-by-organization can bring it and prime the roles loader; null when look-ahead is
 * off or the request nests none.
 */
export function nestedRolesPage(info: GraphQLResolveInfo, lookAhead: boolean, path: readonly string[]): NestedPage | null {
  if (!lookAhead) return null;
  return oncePerRequest(info, `roles ${path.join('.')}`, () => rolesPageBelow(info.fieldNodes, getNamedType(info.returnType), path, info));
}

/**
 * Whether the statement behind the field being resolved may return every node brief: nothing at any depth of the
 * request below it asks for more (for statements that answer a whole subtree: negotiations, graph views).
 */
export function selectsBriefThroughout(info: GraphQLResolveInfo, lookAhead: boolean): boolean {
  return lookAhead && briefBelow(info.fieldNodes, getNamedType(info.returnType), info);
}

/**
 * What a negotiations request shows, so negotiations.cypher can leave out the rest: the mediators feed a
 * negotiation's mediators and its evidence (the mediations' quotes are part of it), each side's participations its
 * roles and its evidence. Every selection of the field counts (graphql-js merges them), whichever fragment holds it.
 */
export function negotiationsNeed(info: GraphQLResolveInfo): { mediators: boolean; sides: boolean } {
  const negotiation = objectTypesNamed(['Negotiation'], info);
  const asks = (name: string) => info.fieldNodes.some((field) => fieldsNamed(field.selectionSet, name, negotiation, info).length > 0);
  return { mediators: asks('mediators') || asks('evidence'), sides: asks('roles') || asks('evidence') };
}

/**
 * What a root statement that brings each event's first participants (cypher/include/participants-page.cypher) needs:
 * the include's parameters, and the priming of the participants loader under the key the nested `participants`
 * field will ask for.
 */
export interface ParticipantsPlan {
  /** The include's parameters; participantsBrief: the nested field asks for brief actors (its key says so too). */
  params: { participantRoles: string[] | null; participantsLimit: number; participantsBrief: boolean };
  /** Primes one event's page, as participants-page returned it ([{actor, relation}]). */
  prime(loaders: Loaders, eventId: string, participants: unknown): void;
}

/**
 * The participants plan of a nested `participants` field (its selections, merged: their arguments are equal), from
 * its arguments; null when they are invalid. The participating organizations' members are not read per event
 * here: measured on the 1M-event bench graph, that gave the five-level request the same latency and 20% less
 * throughput (71 against 82-93 req/s at 16 connections), since an organization that takes part in many events had
 * its members read once per event. entity-events-participants reads them once per organization (membersPlan); below
 * the timeline the members loader batches them, with their roles (nestedRolesPage).
 */
function participantsPlan(participants: readonly FieldNode[], info: GraphQLResolveInfo): ParticipantsPlan | null {
  const [first] = participants;
  if (!first) return null;
  try {
    const args = argumentsOf('Event', first, info);
    const roles = optionalList('roles', args.roles, listLength, 'roles such as "mediator"');
    const brief = briefAt(participants, namedType('Participation', info), ['actor'], info);
    // Every event's page but for its id, built once: a timeline primes fifty of them.
    const shared = { ...listPage('', args), roles, brief };
    const page = (eventId: string): PageKey => ({ ...shared, id: eventId });
    return {
      params: { participantRoles: roles, participantsLimit: shared.limit, participantsBrief: brief },
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
 * when the request does not nest participants, nests them under two aliases, or gives arguments the field itself
 * will refuse.
 */
export function timelineParticipantsPlan(info: GraphQLResolveInfo): ParticipantsPlan | null {
  const participants = mergedPath(info.fieldNodes, getNamedType(info.returnType), ['edges', 'node', 'participants'], info);
  return participants ? participantsPlan(participants, info) : null;
}

/**
 * What entity-events-participants needs to bring the participating organizations' members (cypher/include/
 * members-page.cypher), and the priming of the members loader (and, below it, the roles loader) under the keys the
 * nested fields will ask for.
 */
export interface MembersPlan {
  params: { membersLimit: number; membersBrief: boolean; rolesLimit: number | null; rolesBrief: boolean };
  /** Primes one organization's page, as members-page returned it ([{person, relation, roles}]). */
  prime(loaders: Loaders, organizationId: string, members: unknown): void;
}

/**
 * The members plan of `actor { ... on Organization { members } }` below participants (their selections, merged),
 * from the members field's arguments and what it nests; null when it is absent, asked twice differently, or given
 * arguments the field will refuse.
 */
function membersPlan(participants: readonly FieldNode[], info: GraphQLResolveInfo): MembersPlan | null {
  const role = namedType('Role', info);
  const members = mergedPath(participants, namedType('Participation', info), ['actor', 'members'], info);
  const [first] = members ?? [];
  if (!members || !first) return null;
  try {
    const limit = listPage('', argumentsOf('Organization', first, info)).limit;
    const brief = briefAt(members, role, ['person'], info);
    const roles = rolesPageBelow(members, role, [], info);
    return {
      params: { membersLimit: limit, membersBrief: brief, rolesLimit: roles?.limit ?? null, rolesBrief: roles?.brief ?? false },
      prime: (loaders, organizationId, rows) => {
        if (!Array.isArray(rows)) return;
        const page = { ...firstPage(organizationId), limit, brief, nested: roles };
        loaders.membersOfOrganization.prime(
          page,
          (rows as Row[]).map((row) => toLink(row, 'person')),
        );
        if (roles) for (const row of rows as Row[]) primeRoles(loaders.rolesOfPerson, row, roles);
      },
    };
  } catch {
    return null;
  }
}

/** The pages an entity request will ask the loaders for, when it nests events { event { participants } }. */
export interface EntityEventsPlan {
  events: (id: string) => PageKey;
  participants: ParticipantsPlan;
  /** The participating organizations' members, when the request nests them below the participants. */
  members: MembersPlan | null;
  /** Whether the statement may return brief events (its participants have their own flag, in the participants plan). */
  brief: boolean;
}

/**
 * Reads the selection under `entity` for actor events with their participants, and returns the exact loader keys
 * the nested resolvers will ask for (the same listPage rule), so one statement can answer the three levels and
 * prime those loaders. Null when the request does not nest them, or nests them ambiguously (two `events` with
 * different arguments): the request then runs level by level, as before. Arguments that fail validation also give
 * null, so the field's own resolver reports them.
 */
export function entityEventsPlan(info: GraphQLResolveInfo): EntityEventsPlan | null {
  // Only a person's or an organization's events: a place's `events` is another list, though a fragment may name it.
  const events = mergedField(info.fieldNodes, 'events', objectTypesNamed(['Person', 'Organization'], info), info);
  const participants = events && mergedPath(events, namedType('Participation', info), ['event', 'participants'], info);
  const participantsOf = participants ? participantsPlan(participants, info) : null;
  const [first] = events ?? [];
  if (!events || !first || !participants || !participantsOf) return null;
  try {
    const eventsPage = listPage('', argumentsOf('Organization', first, info));
    const brief = briefAt(events, namedType('Participation', info), ['event'], info);
    return {
      events: (id) => ({ ...eventsPage, id, brief }),
      participants: participantsOf,
      members: membersPlan(participants, info),
      brief,
    };
  } catch {
    return null;
  }
}
