import {
  Kind,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * About how much code graphql-jit writes for `operation` (jitExecutor.ts): one unit per field, and what a field of an
 * interface or union type selects counted once per possible type, since graphql-jit writes that part for each. On
 * this API's schema its compile time follows this size, at 0.005 to 0.06 ms per unit on the development machine
 * (docs/ARCHITECTURE.md, Execution), where a count of fields alone missed tenfold: 70 fields below ten `entity`
 * fields (1,270 units) took 47 to 71 ms, 400 fields of one object type 17 ms.
 * Each fragment is sized once, so a document of fragments spreading the next twice is sized in linear time.
 */
export function compiledSize(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const sized = new Map<string, number>();
  const inProgress = new Set<string>();

  const size = (selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        const inner = definition && getNamedType(definition.type);
        const times = inner && isAbstractType(inner) ? schema.getPossibleTypes(inner).length : 1;
        total += 1 + times * size(selection.selectionSet, inner);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += size(selection.selectionSet, on ?? undefined);
      } else {
        total += fragmentSize(selection.name.value);
      }
    }
    return total;
  };

  // A spread inside a cycle counts nothing: graphql's validation refuses such a document before it is executed.
  const fragmentSize = (name: string): number => {
    const known = sized.get(name);
    const fragment = fragments.get(name);
    if (known !== undefined || !fragment || inProgress.has(name)) return known ?? 0;
    inProgress.add(name);
    const value = size(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    inProgress.delete(name);
    sized.set(name, value);
    return value;
  };

  return size(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}
