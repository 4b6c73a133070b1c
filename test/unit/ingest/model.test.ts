import fs from 'node:fs';
import { idPrefix, relationEndpoints, relationProperty } from '../../../src/ingest/model';
import { annotationSchemaFile } from '../../../src/ingest/schema';
import { datePrecisions, nodeTypes, relationTypes } from '../../../src/ingest/types';

const schema = JSON.parse(fs.readFileSync(annotationSchemaFile, 'utf8'));

describe('the model agrees with seed/annotations.schema.json', () => {
  it('has the same node types, relation types and date precisions', () => {
    expect([...nodeTypes]).toEqual(schema.definitions.node.properties.type.enum);
    expect([...relationTypes]).toEqual(schema.definitions.relation.properties.type.enum);
    expect([...datePrecisions]).toEqual(schema.definitions.fuzzyDate.properties.precision.enum);
    expect(Object.keys(relationEndpoints).sort()).toEqual([...relationTypes].sort());
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
