import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { projectRoot } from '../config';
import { describeValue, nodeEntry, relationEntry, type Problem } from './issues';
import { idPrefix } from './model';
import { nodeTypes, type AnnotationFile, type NodeType } from './types';

export const annotationSchemaFile = path.join(projectRoot, 'seed', 'annotations.schema.json');

interface Validators {
  /** The document with its nodes and relations arrays unchecked item by item. */
  frame: ValidateFunction;
  node: ValidateFunction;
  relation: ValidateFunction;
  branches: Record<NodeType, ValidateFunction>;
}

let validators: Validators | undefined;

/** Compiles the published schema once per process (ajv compilation is the slow part of validation). */
function compiled(): Validators {
  if (validators) return validators;
  const schema = JSON.parse(fs.readFileSync(annotationSchemaFile, 'utf8')) as {
    $id: string;
    definitions: { node: { oneOf: { $ref: string }[] } } & Record<string, { properties?: { type?: { const?: string } } }>;
  };
  // verbose: errors carry the offending value and the schema around it, which the messages quote.
  const ajv = new Ajv({ allErrors: true, verbose: true });
  ajv.addSchema(schema);
  // ajv in allErrors mode concatenates the errors of every $ref call onto all the errors before it, so one call
  // over a file of 10,000 bad nodes copies a growing array 10,000 times. Checking the frame, then each entry on
  // its own, keeps each error list short and validation linear.
  const frame = JSON.parse(JSON.stringify(schema)) as { $id: string; properties: Record<string, unknown> };
  frame.$id = `${schema.$id}#frame`.replace('.json#frame', '.frame.json');
  frame.properties.nodes = { type: 'array' };
  frame.properties.relations = { type: 'array' };
  ajv.addSchema(frame);
  const get = (pointer: string) => {
    const validate = ajv.getSchema(`${schema.$id}${pointer}`);
    if (!validate) throw new Error(`${annotationSchemaFile} has no ${pointer}`);
    return validate;
  };
  // Each branch of node.oneOf fixes its type with a const: that is the branch a node of that type is checked against.
  const branches: Partial<Record<NodeType, ValidateFunction>> = {};
  for (const { $ref } of schema.definitions.node.oneOf) {
    const type = schema.definitions[$ref.split('/').pop() ?? '']?.properties?.type?.const as NodeType | undefined;
    if (type) branches[type] = get($ref);
  }
  const missing = nodeTypes.filter((type) => !branches[type]);
  if (missing.length > 0) throw new Error(`${annotationSchemaFile} has no node.oneOf branch for ${missing.join(', ')}`);
  const frameValidator = ajv.getSchema(frame.$id);
  if (!frameValidator) throw new Error(`could not compile the frame of ${annotationSchemaFile}`);
  validators = {
    frame: frameValidator,
    node: get('#/definitions/node'),
    relation: get('#/definitions/relation'),
    branches: branches as Validators['branches'],
  };
  return validators;
}

/** What the schema step found: its problems, and which entries passed (the later checks look only at those). */
export interface SchemaResult {
  problems: Problem[];
  /** False when the document's own shape is broken (not an object, no nodes array, a bad article): nothing more can be checked. */
  structureValid: boolean;
  validNodes: ReadonlySet<number>;
  validRelations: ReadonlySet<number>;
}

function segments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, parts: readonly string[]): unknown {
  let value = root;
  for (const part of parts) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** `['date', 'after', '0']` -> `date.after[0]`. */
function fieldName(parts: readonly string[]): string {
  return parts.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function describeType(type: string | string[]): string {
  const names = (Array.isArray(type) ? type : type.split(',')).map((name) =>
    name === 'null' ? 'null' : name === 'integer' ? 'a whole number' : name === 'boolean' ? 'true or false' : article(name),
  );
  return names.join(' or ');
}

const patternDescriptions: Record<string, string> = {
  '^article:[a-z0-9]+(-[a-z0-9]+)*$': 'an id "article:" followed by lower-case words joined by hyphens',
  '^(person|org|place|event|proposal|term|statement|claim):[a-z0-9]+(-[a-z0-9]+)*$':
    'an id "<prefix>:<lower-case-words-joined-by-hyphens>", the prefix one of person, org, place, event, proposal, term, statement, claim',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date YYYY-MM-DD',
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'a date YYYY, YYYY-MM or YYYY-MM-DD',
  '^https?://\\S+$': 'an http(s) URL without spaces',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a BCP 47 language tag such as en, ar or fr-CA',
  ...Object.fromEntries(
    nodeTypes.map((type) => [
      `^${idPrefix[type]}:[a-z0-9]+(-[a-z0-9]+)*$`,
      `an id "${idPrefix[type]}:" (the prefix of type ${type}) followed by lower-case words joined by hyphens`,
    ]),
  ),
};

/** Turns one ajv error into "field: expected X, got Y", naming the field relative to `base` (the entry). */
function explain(error: ErrorObject, base: readonly string[]): { field: string; reason: string } {
  const at = segments(error.instancePath).slice(base.length);
  const got = describeValue(error.data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: fieldName([...at, String(params.missingProperty)]), reason: 'required, but missing' };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return {
        field: fieldName([...at, String(params.additionalProperty)]),
        reason: `unexpected property (allowed: ${allowed.join(', ')})`,
      };
    }
    case 'type':
      return { field: fieldName(at), reason: `expected ${describeType(params.type as string | string[])}, got ${got}` };
    case 'enum':
      return { field: fieldName(at), reason: `expected one of ${(params.allowedValues as unknown[]).join(', ')}, got ${got}` };
    case 'const':
      return { field: fieldName(at), reason: `expected ${JSON.stringify(params.allowedValue)}, got ${got}` };
    case 'pattern': {
      const pattern = String(params.pattern);
      return { field: fieldName(at), reason: `expected ${patternDescriptions[pattern] ?? `a string matching /${pattern}/`}, got ${got}` };
    }
    case 'minLength':
      return {
        field: fieldName(at),
        reason:
          params.limit === 1
            ? `expected a non-empty string, got ${got}`
            : `expected at least ${String(params.limit)} characters, got ${got}`,
      };
    case 'maxLength':
      return {
        field: fieldName(at),
        reason: `expected at most ${String(params.limit)} characters, got ${String((error.data as string).length)}: ${got}`,
      };
    case 'minItems':
      return { field: fieldName(at), reason: `expected at least ${String(params.limit)} item(s), got none` };
    case 'minimum':
      return { field: fieldName(at), reason: `expected a number ${String(params.comparison)} ${String(params.limit)}, got ${got}` };
    default:
      return { field: fieldName(at), reason: `${error.message ?? 'is not valid'}${error.data === undefined ? '' : `, got ${got}`}` };
  }
}

const evidenceBranches = '#/definitions/evidenceItem/oneOf';

/**
 * An evidence item is a string or {quote, occurrence}, so ajv reports the failure of both branches and of the
 * oneOf itself. Keep only the errors of the branch the item's JSON type selects; an item of neither type gets
 * one message of its own.
 */
function withoutEvidenceNoise(errors: readonly ErrorObject[], root: unknown): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (!error.schemaPath.startsWith(evidenceBranches)) {
      kept.push(error);
      continue;
    }
    const itemPath = /^(.*\/evidence\/\d+)/.exec(error.instancePath)?.[1] ?? error.instancePath;
    const item = valueAt(root, segments(itemPath));
    const branch = typeof item === 'string' ? '0' : item !== null && typeof item === 'object' && !Array.isArray(item) ? '1' : undefined;
    if (error.schemaPath === evidenceBranches) {
      if (branch === undefined)
        kept.push({ ...error, keyword: 'evidenceItem', message: 'expected a quote (a string) or {"quote": ..., "occurrence": n}' });
    } else if (branch !== undefined && error.schemaPath.startsWith(`${evidenceBranches}/${branch}/`)) {
      kept.push(error);
    }
  }
  return kept;
}

function explainAll(errors: readonly ErrorObject[], root: unknown, base: readonly string[], entry: string): Problem[] {
  return withoutEvidenceNoise(errors, root).map((error) => {
    const { field, reason } = explain(error, base);
    return { entry, reason: field ? `${field}: ${reason}` : reason };
  });
}

/**
 * Validates a parsed annotation file against seed/annotations.schema.json. A node is checked against the
 * branch of the schema its `type` names, so an Event with a bad date reads as one message about the date,
 * not as eight failed alternatives; an unknown `type` says so and nothing more.
 */
export function checkSchema(document: unknown): SchemaResult {
  const { frame, node: validateNode, relation: validateRelation, branches } = compiled();
  const documentErrors: ErrorObject[] = frame(document) ? [] : [...(frame.errors ?? [])];
  const nodeErrors = new Set<number>();
  const relationErrors = new Map<number, ErrorObject[]>();
  const { nodes: nodeList, relations: relationList } = (document ?? {}) as { nodes?: unknown; relations?: unknown };
  if (Array.isArray(nodeList)) nodeList.forEach((node, index) => validateNode(node) || nodeErrors.add(index));
  if (Array.isArray(relationList)) {
    relationList.forEach((relation, index) => {
      if (validateRelation(relation)) return;
      // The errors are relative to the relation; the messages below expect paths from the document.
      relationErrors.set(
        index,
        (validateRelation.errors ?? []).map((error) => ({ ...error, instancePath: `/relations/${index}${error.instancePath}` })),
      );
    });
  }
  if (documentErrors.length === 0 && nodeErrors.size === 0 && relationErrors.size === 0) {
    const doc = document as AnnotationFile;
    return { problems: [], structureValid: true, validNodes: new Set(doc.nodes.keys()), validRelations: new Set(doc.relations.keys()) };
  }
  const problems: Problem[] = [];

  for (const error of documentErrors) {
    const section = segments(error.instancePath)[0];
    const named = section === 'article' || section === 'references';
    problems.push(...explainAll([error], document, named ? [section] : [], named ? section : 'document'));
  }

  const { nodes, relations } = (document ?? {}) as { nodes?: unknown; relations?: unknown };
  for (const index of [...nodeErrors].sort((a, b) => a - b)) {
    const node = (nodes as unknown[])[index];
    const entry = nodeEntry(index, node);
    const type = (node as { type?: unknown } | null)?.type;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      problems.push({ entry, reason: `expected an object, got ${describeValue(node)}` });
    } else if (!nodeTypes.includes(type as NodeType)) {
      problems.push({ entry, reason: `type: expected one of ${nodeTypes.join(', ')}, got ${describeValue(type)}` });
    } else {
      const validate = branches[type as NodeType];
      validate(node);
      problems.push(...explainAll(validate.errors ?? [], node, [], entry));
    }
  }
  for (const [index, list] of [...relationErrors].sort((a, b) => a[0] - b[0])) {
    problems.push(...explainAll(list, document, ['relations', String(index)], relationEntry(index, (relations as unknown[])[index])));
  }

  // Later steps can still check the entries that passed, unless the frame they hang in is broken.
  const frameBroken = documentErrors.some(
    (error) => segments(error.instancePath)[0] === 'article' || (error.instancePath === '' && error.keyword !== 'additionalProperties'),
  );
  const structureValid = Array.isArray(nodes) && Array.isArray(relations) && !frameBroken;
  const indexes = (list: unknown, bad: Set<number>) =>
    new Set(Array.isArray(list) ? [...list.keys()].filter((index) => !bad.has(index)) : []);
  return {
    problems,
    structureValid,
    validNodes: indexes(nodes, nodeErrors),
    validRelations: indexes(relations, new Set(relationErrors.keys())),
  };
}
