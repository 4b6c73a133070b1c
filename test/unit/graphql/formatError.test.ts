import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError, NotFoundError, UnavailableError } from '../../../src/errors';
import { formatError } from '../../../src/graphql/formatError';

/** What Apollo hands formatError for an error thrown in a resolver: the formatted error and the wrapped original. */
function thrown(original: unknown): [GraphQLFormattedError, unknown] {
  const message = original instanceof Error ? original.message : String(original);
  const code = original instanceof GraphQLError ? original.extensions.code : 'INTERNAL_SERVER_ERROR';
  const wrapped = new GraphQLError(message, { path: ['timeline'], originalError: original instanceof Error ? original : undefined });
  return [{ message, path: ['timeline'], extensions: { code, stacktrace: ['at driver.js'] } }, wrapped];
}

describe('the errors clients see', () => {
  const driverMessage = 'the graph database does not answer: Failed to connect to server ... connect ECONNREFUSED 127.0.0.1:9';

  it('keeps our own errors, with their code and argument, in production and in development', () => {
    for (const production of [true, false]) {
      const format = formatError(production, () => undefined);
      expect(format(...thrown(new BadUserInputError('first', 'expected a whole number from 1 to 100, got 0')))).toEqual({
        message: 'first: expected a whole number from 1 to 100, got 0',
        path: ['timeline'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      });
      expect(format(...thrown(new NotFoundError('no node has the id "org:nowhere"', 'id'))).extensions).toEqual({
        code: 'NOT_FOUND',
        argument: 'id',
      });
    }
  });

  it('in production, hides the driver message of UNAVAILABLE and the details of internal errors, and logs them', () => {
    const logged: string[] = [];
    const format = formatError(true, (message) => logged.push(message));
    expect(format(...thrown(new UnavailableError(driverMessage)))).toEqual({
      message: 'the graph database does not answer',
      path: ['timeline'],
      extensions: { code: 'UNAVAILABLE' },
    });
    expect(format(...thrown(new Error('Neo.ClientError.Statement.SyntaxError: Invalid input (line 1) "MATCH (n"')))).toEqual({
      message: 'internal server error',
      path: ['timeline'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain('ECONNREFUSED');
    expect(logged[1]).toContain('MATCH (n');
  });

  it("answers graphql-js's own refusals of an argument's value as BAD_USER_INPUT with their message, in production too", () => {
    const messages = [
      'Argument "kinds" has invalid value [$kind].',
      'Argument "if" of non-null type "Boolean!" must not be null.',
      'Argument "id" of required type "ID!" was provided the variable "$id" which was not provided a runtime value.',
    ];
    for (const production of [true, false])
      for (const message of messages) {
        const logged: string[] = [];
        const formatted = formatError(production, (line) => logged.push(line))(...thrown(new GraphQLError(message)));
        expect(formatted).toEqual({ message, path: ['timeline'], extensions: { code: 'BAD_USER_INPUT' } });
        expect(logged).toEqual([]);
      }
    // Anything else without a code stays internal.
    const other = formatError(true, () => undefined)(...thrown(new GraphQLError('Argument handling failed')));
    expect(other.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('in development, shows the whole message', () => {
    const format = formatError(false, () => undefined);
    expect(format(...thrown(new UnavailableError(driverMessage)))).toMatchObject({
      message: driverMessage,
      extensions: { code: 'UNAVAILABLE' },
    });
    expect(format(...thrown(new Error('Neo.ClientError: MATCH (n')))).toMatchObject({
      message: 'Neo.ClientError: MATCH (n',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it("passes Apollo's own codes through (a document refused by validation)", () => {
    const formatted: GraphQLFormattedError = {
      message: 'query depth 13 exceeds the limit of 12',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatError(true, () => undefined)(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });
});
