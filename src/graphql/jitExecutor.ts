import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  execute,
  getVariableValues,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { compiledSize } from './compiledSize';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many documents the executor remembers; an analyst's client sends a handful of distinct ones. */
const rememberedDocuments = 500;

/**
 * Above this compiled size (compiledSize.ts) a document runs on graphql-js. Compiling holds the event loop: at this
 * size that is 10 to 120 ms, once per document (30 `entity` fields with four fields each, a valid document of
 * 3,810 units, took 180 ms). The API's own workloads are under 200 units and the dashboard's panel about 5,000 (it
 * runs on graphql-js, one request a click).
 */
const compileSizeLimit = 2_000;

/**
 * Whether `document` runs on graphql-js whatever its size:
 * - it has @skip or @include anywhere, which graphql-jit (0.8) gets wrong in several ways: it writes a condition onto
 *   the field nodes below it, and a fragment's nodes are shared by every spread of the fragment (and kept on Apollo's
 *   cached document for its other operations), so `a { ...F @include(if: $s) } b { ...F }` loses `b`'s fields when
 *   $s is false; it does not carry a field's condition into the fragments below it, so in
 *   `t { id } t @include(if: $s) { ...F }` the fields of F come back when $s is false; and a skipped field keeps its
 *   place in the order of the answer's fields.
 * - it introspects (`__schema`, `__type`): introspection's fields cost graphql-jit about ten times what the API's
 *   do to compile (0.07 to 0.1 ms each), so a document under the size limit took 200 to 300 ms; an explorer
 *   introspects once per page load.
 */
function graphqlJsOnly(document: DocumentNode): boolean {
  let found = false;
  const stopIf = (condition: boolean) => {
    found = condition;
    return condition ? BREAK : undefined;
  };
  visit(document, {
    Directive: (node) => stopIf(node.name.value === 'skip' || node.name.value === 'include'),
    Field: (node) => stopIf(node.name.value === '__schema' || node.name.value === '__type'),
  });
  return found;
}

/**
 * Whether the request sends null for a nullable variable that has a default. Validation lets such a variable stand
 * where null is refused (an item of `kinds: [String!]`), counting on its default; graphql-js then refuses the null
 * there, where graphql-jit (0.8) hands the resolver `[null]`.
 */
function nullOverDefault(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): boolean {
  return (operation.variableDefinitions ?? []).some(
    (definition) =>
      definition.defaultValue !== undefined &&
      definition.type.kind !== Kind.NON_NULL_TYPE &&
      variables?.[definition.variable.name.value] === null,
  );
}

/**
 * graphql-jit's errors leave `extensions` undefined when the resolver's error had none (graphql-js gives `{}`), and
 * Apollo reads `extensions.code` from every error: rebuilt as graphql-js builds them, with the same locations.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  return Object.assign(rebuilt, { locations: error.locations });
}

/**
 * Executes operations with graphql-jit, which compiles each document once into a function that resolves its fields
 * directly, instead of graphql-js walking the document for every object of every list. The API's nested answers hold
 * thousands of fields (50 events x their participants x their members), and walking them was most of the server's
 * time outside the database (docs/BENCHMARKS.md). Apollo parses, validates (depth, aliases, cost) and runs its
 * plugins as before; only the execution is replaced, and a document too large to compile quickly, or a request
 * graphql-jit would answer otherwise or compile slowly (graphqlJsOnly, nullOverDefault), runs on graphql-js.
 *
 * Apollo Server has no executor option since version 4; its gateway interface, given a schema that never changes,
 * is the supported way to hand it one.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  // By Apollo's queryHash (the document's text) and the operation's name; least recently used first.
  const plans = new Map<string, CompiledQuery | 'graphql-js'>();

  const planFor = (key: string, make: () => CompiledQuery | 'graphql-js' | ExecutionResult) => {
    const known = plans.get(key);
    if (known) {
      plans.delete(key);
      plans.set(key, known);
      return known;
    }
    const plan = make();
    if (plan !== 'graphql-js' && !isCompiledQuery(plan)) return plan;
    const oldest = plans.keys().next();
    if (plans.size >= rememberedDocuments && !oldest.done) plans.delete(oldest.value);
    plans.set(key, plan);
    return plan;
  };

  const executor: Executor = async ({ document, operation, operationName, queryHash, context, request }) => {
    const plan = planFor(`${queryHash}\n${operationName ?? ''}`, () =>
      compiledSize(schema, document, operation) > compileSizeLimit || graphqlJsOnly(document)
        ? 'graphql-js'
        : compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true }),
    );
    if (plan === 'graphql-js' || nullOverDefault(operation, request.variables))
      return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    if (!isCompiledQuery(plan)) return plan;
    // graphql-js's own check of the variables, whose errors Apollo answers as BAD_USER_INPUT with HTTP 400; graphql-jit
    // words its own differently. The values themselves go to graphql-jit as sent: it coerces them the same way.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };
    const result = await plan.query(undefined, context, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };

  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}
