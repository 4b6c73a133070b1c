import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fragmentMeasure } from './fragmentMeasure';

/**
 * About how much code graphql-jit writes for `operation` (jitExecutor.ts): one unit per field, and what a field of an
 * interface or union type selects counted once per possible type, since graphql-jit writes that part for each. On
 * this API's schema its compile time follows this size, at 0.005 to 0.06 ms per unit on the development machine
 * (docs/ARCHITECTURE.md, Execution), where a count of fields alone missed tenfold: 70 fields below ten `entity`
 * fields (1,270 units) took 47 to 71 ms, 400 fields of one object type 17 ms.
 * Each fragment is sized once (fragmentMeasure), so a document of fragments spreading the next twice is sized in
 * linear time; a spread inside a cycle counts nothing, as validation refuses such a document before it runs.
 */
export function compiledSize(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const sizeOf = fragmentMeasure<GraphQLNamedType>(
    document,
    (sizes) => sizes.reduce((sum, size) => sum + size, 0),
    (field, inner, on) => {
      const definition = isObjectType(on) || isInterfaceType(on) ? on.getFields()[field.name.value] : undefined;
      const type = definition && getNamedType(definition.type);
      const times = type && isAbstractType(type) ? schema.getPossibleTypes(type).length : 1;
      return 1 + times * inner(field.selectionSet, type);
    },
    (name) => schema.getType(name) ?? undefined,
  );
  return sizeOf(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}
