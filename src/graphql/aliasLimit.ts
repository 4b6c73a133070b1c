import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { fragmentMeasure } from './fragmentMeasure';

/**
 * A validation rule that refuses operations with more than `maxAliases` aliased fields, counting a fragment's
 * aliases once per place it is spread: aliases are how one small request asks for the same expensive field
 * hundreds of times.
 */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const aliasesIn = fragmentMeasure(
      context.getDocument(),
      (counts) => counts.reduce((sum, count) => sum + count, 0),
      (field, inner) => (field.alias ? 1 : 0) + inner(field.selectionSet),
    );
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet);
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`${aliases} aliased fields exceed the limit of ${maxAliases} (GRAPHQL_MAX_ALIASES)`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
