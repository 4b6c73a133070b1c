import type { Problem } from './issues';
import { datedTypes, idPrefix, relationEndpoints, relationKey, relationProperty } from './model';
import { nodeTypes, type AnnotationNode, type AnnotationRelation, type NodeType } from './types';

/** A node as references see it: where it is declared and its type (undefined when the type is not one we know). */
export interface DeclaredNode {
  index: number;
  entry: string;
  type: NodeType | undefined;
  dated: boolean;
}

export interface NodeEntry {
  entry: string;
  node: AnnotationNode;
}

export interface RelationEntry {
  entry: string;
  relation: AnnotationRelation;
}

/**
 * Collects the ids the file declares, from every node that has a string id (even one the schema refused, so
 * that a bad node does not also turn every reference to it into an "unknown id"). A second node with the
 * same id is an error.
 */
export function declareIds(
  nodes: readonly unknown[],
  entryOf: (index: number) => string,
): { declared: Map<string, DeclaredNode>; problems: Problem[] } {
  const declared = new Map<string, DeclaredNode>();
  const problems: Problem[] = [];
  nodes.forEach((node, index) => {
    const { id, type, date } = (node ?? {}) as { id?: unknown; type?: unknown; date?: unknown };
    if (typeof id !== 'string') return;
    const first = declared.get(id);
    if (first) {
      problems.push({ entry: entryOf(index), reason: `id: ${JSON.stringify(id)} is already declared by ${first.entry}` });
      return;
    }
    const known = nodeTypes.includes(type as NodeType) ? (type as NodeType) : undefined;
    declared.set(id, {
      index,
      entry: entryOf(index),
      type: known,
      dated: known !== undefined && datedTypes.has(known) && date !== undefined,
    });
  });
  return { declared, problems };
}

function either(types: readonly NodeType[]): string {
  if (types.length === nodeTypes.length) return 'any node';
  const last = types.at(-1) ?? 'nothing';
  return types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${last}` : last;
}

/** A node of another article that the file lists in `references`, as the graph holds it when the file is loaded. */
export interface GraphNode {
  type: NodeType;
  /** Its date interval, when it has one (an Event, or a dated Proposal or Statement). */
  interval: { earliest: string | null; latest: string | null } | null;
}

/**
 * Adds the file's references to the declared ids, with the type their prefix names. Each must not also be
 * declared in the file, and, when `graph` is given, must be a node of the graph; without `graph` (checking a
 * file with no database) a reference is taken on trust and counts as dated when its type can carry a date.
 */
export function declareReferences(
  references: readonly string[],
  declared: Map<string, DeclaredNode>,
  graph: ReadonlyMap<string, GraphNode> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  references.forEach((id, index) => {
    const entry = `references[${index}]`;
    const first = declared.get(id);
    if (first) {
      problems.push({
        entry,
        reason: `${JSON.stringify(id)} is declared by ${first.entry}: a node is either declared here or referenced, not both`,
      });
      return;
    }
    const prefix = id.slice(0, id.indexOf(':'));
    const type = nodeTypes.find((candidate) => idPrefix[candidate] === prefix);
    const found = graph?.get(id);
    if (graph && !found) {
      problems.push({
        entry,
        reason: `${JSON.stringify(id)} is not in the graph: load the article that declares it first, or declare it here`,
      });
      return;
    }
    const dated = found ? found.interval !== null : type !== undefined && datedTypes.has(type);
    declared.set(id, { index: -1, entry, type, dated });
  });
  return problems;
}

/**
 * Checks what ids refer to: every relation's from, to and side, and every date's after and before, must name
 * a node of this file or one of its references, of a type the relation allows (seed/README.md's table); relation properties must suit
 * the relation type; and one (from, type, to) appears once.
 */
export function checkReferences(
  nodes: readonly NodeEntry[],
  relations: readonly RelationEntry[],
  declared: ReadonlyMap<string, DeclaredNode>,
): Problem[] {
  const problems: Problem[] = [];
  const undeclared = (id: string) => `${JSON.stringify(id)} is not declared in this file (nor listed in references)`;

  for (const { entry, node } of nodes) {
    const date = 'date' in node ? node.date : undefined;
    for (const field of ['after', 'before'] as const) {
      (date?.[field] ?? []).forEach((id, index) => {
        const target = declared.get(id);
        const where = `date.${field}[${index}]`;
        if (!target) problems.push({ entry, reason: `${where}: ${undeclared(id)}` });
        else if (!target.dated)
          problems.push({
            entry,
            reason: `${where}: ${id} has no date to order by (only an Event, or a Proposal or Statement with a date, has one)`,
          });
      });
    }
  }

  const seen = new Map<string, string>();
  for (const { entry, relation } of relations) {
    const rule = relationEndpoints[relation.type];
    const endpoint = (field: 'from' | 'to', allowed: readonly NodeType[]) => {
      const id = relation[field];
      const target = declared.get(id);
      if (!target) problems.push({ entry, reason: `${field}: ${undeclared(id)}` });
      else if (target.type && !allowed.includes(target.type)) {
        const direction = field === 'from' ? 'starts at' : 'ends at';
        problems.push({ entry, reason: `${field}: ${relation.type} ${direction} ${either(allowed)}, got ${target.type} ${id}` });
      }
    };
    endpoint('from', rule.from);
    endpoint('to', rule.to);
    if (relation.from === relation.to) problems.push({ entry, reason: 'to: the same node as from' });

    for (const [property, owner] of Object.entries(relationProperty)) {
      if (relation[property as keyof typeof relationProperty] !== undefined && relation.type !== owner) {
        problems.push({ entry, reason: `${property}: only ${owner} takes a ${property}` });
      }
    }
    if (relation.type === 'PARTICIPATED_IN' && relation.role === undefined) {
      problems.push({ entry, reason: 'role: required for PARTICIPATED_IN (party, lead negotiator, mediator, ...), but missing' });
    }
    if (relation.side !== undefined) {
      const side = declared.get(relation.side);
      if (!side) problems.push({ entry, reason: `side: ${undeclared(relation.side)}` });
      else if (side.type && side.type !== 'Person' && side.type !== 'Organization') {
        problems.push({ entry, reason: `side: expected a Person or Organization, got ${side.type} ${relation.side}` });
      }
    }

    const key = relationKey(relation);
    const first = seen.get(key);
    if (first)
      problems.push({
        entry,
        reason: `the same (from, type, to) as ${first}: one relationship per article; merge their evidence into one entry`,
      });
    else seen.set(key, entry);
  }
  return problems;
}
