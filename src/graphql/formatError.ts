import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode, UnavailableError } from '../errors';

/**
 * graphql-js's own refusals of an argument's value, found only while executing: a list item or a directive's `if`
 * given a variable that is null (validation lets a nullable variable with a default stand there). graphql-js gives
 * them no code; they are the client's input, not a fault of the server.
 */
const refusedArgument = /^Argument "[^"]+" (has invalid value|of non-null type|of required type)/;

/**
 * The one place where a thrown value becomes what a client sees. Our own errors pass through with their
 * code; Apollo's own (validation, parsing) keep theirs; anything else is an internal error whose details
 * (stack, Cypher, driver messages) stay in the server log and out of production responses. UNAVAILABLE keeps its
 * code but, in production, not the driver's message it wraps.
 */
export function formatError(production: boolean, log: (message: string) => void = (message) => console.error(message)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (production && original instanceof UnavailableError) {
      log(`database unavailable: ${original.message}`);
      return { ...formatted, message: UnavailableError.summary, extensions: { ...original.extensions } };
    }
    if (original instanceof AppError) {
      return { ...formatted, message: original.message, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== ErrorCode.Internal) return formatted;
    if (original instanceof GraphQLError && original.extensions.code === undefined && refusedArgument.test(original.message))
      return { ...formatted, extensions: { code: ErrorCode.BadUserInput } };
    log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    if (!production) return formatted;
    return {
      message: 'internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.Internal },
    };
  };
}
