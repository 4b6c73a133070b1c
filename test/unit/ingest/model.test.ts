import fs from 'node:fs';
import { idPrefix, relationEndpoints, relationProperty } from '../../../src/ingest/model';
import { annotationSchemaFile } from '../../../src/ingest/schema';
import { lexicon } from '../../../src/draft/lexicon';
import {
  claimQualifiers,
  datePrecisions,
  eventKinds,
  nodeKinds,
  nodeTypes,
  organizationKinds,
  proposalStatuses,
  relationTypes,
  roles,
  statementMedia,
  termKinds,
} from '../../../src/ingest/types';

const schema = JSON.parse(fs.readFileSync(annotationSchemaFile, 'utf8'));

describe('the model agrees with seed/annotations.schema.json', () => {
  it('has the same node types, relation types and date precisions', () => {
    expect([...nodeTypes]).toEqual(schema.definitions.node.properties.type.enum);
    expect([...relationTypes]).toEqual(schema.definitions.relation.properties.type.enum);
    expect([...datePrecisions]).toEqual(schema.definitions.fuzzyDate.properties.precision.enum);
    expect(Object.keys(relationEndpoints).sort()).toEqual([...relationTypes].sort());
  });

  it('has the same closed vocabularies: kinds, statuses, media, qualifiers and roles', () => {
    const { definitions } = schema;
    expect([...organizationKinds]).toEqual(definitions.organization.properties.kind.enum);
    expect([...eventKinds]).toEqual(definitions.event.properties.kind.enum);
    expect([...proposalStatuses]).toEqual(definitions.proposal.properties.status.enum);
    expect([...termKinds]).toEqual(definitions.term.properties.kind.enum);
    expect([...statementMedia]).toEqual(definitions.statement.properties.medium.enum);
    expect([...claimQualifiers]).toEqual(definitions.claim.properties.qualifier.enum);
    expect([...roles]).toEqual(definitions.relation.properties.role.enum);
  });

  it('declares the node types the schema has, each with its own id prefix and a caption property it defines', () => {
    const branches = Object.fromEntries(
      schema.definitions.node.oneOf.map((branch: { $ref: string }) => {
        const definition = schema.definitions[branch.$ref.split('/').pop()!];
        return [definition.properties.type.const, definition];
      }),
    );
    for (const type of nodeTypes) expect(branches[type].properties).toHaveProperty(nodeKinds[type].caption);
    const prefixes = Object.values(nodeKinds).map((kind) => kind.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('drafts with the vocabularies the schema allows (src/draft/lexicon.json is read untyped)', () => {
    for (const trigger of lexicon.triggers) {
      expect(eventKinds).toContain(trigger.kind);
      expect(roles).toContain(trigger.subject);
      expect(roles).toContain(trigger.object);
    }
    for (const kind of Object.values(lexicon.organizationKinds)) expect(organizationKinds).toContain(kind);
  });

  it('uses the id prefixes the schema requires of each type', () => {
    const branches = schema.definitions.node.oneOf.map((branch: { $ref: string }) => schema.definitions[branch.$ref.split('/').pop()!]);
    for (const branch of branches) {
      const type = branch.properties.type.const as keyof typeof idPrefix;
      expect(branch.properties.id.pattern).toBe(`^${idPrefix[type]}:[a-z0-9]+(-[a-z0-9]+)*$`);
    }
  });

  it('names relation properties the schema has', () => {
    for (const property of Object.keys(relationProperty)) expect(schema.definitions.relation.properties).toHaveProperty(property);
  });
});
