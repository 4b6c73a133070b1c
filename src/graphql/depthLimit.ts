import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { fragmentMeasure } from './fragmentMeasure';

/**
 * A validation rule that refuses documents whose selections nest deeper than `maxDepth`, so that one
 * request cannot ask for an unbounded walk of the graph. Fragments count at the depth where they are spread;
 * each fragment's depth is computed once, so the rule takes time linear in the document's size.
 */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = fragmentMeasure(
      context.getDocument(),
      (depths) => Math.max(0, ...depths),
      (field, inner) => (field.name.value.startsWith('__') ? 0 : 1 + inner(field.selectionSet)),
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            // Apollo reports validation errors as GRAPHQL_VALIDATION_FAILED, before any resolver runs.
            new GraphQLError(`query depth ${depth} exceeds the limit of ${maxDepth} (GRAPHQL_MAX_DEPTH)`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
