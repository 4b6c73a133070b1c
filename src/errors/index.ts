/**
 * The errors this project throws on purpose. Plain `Error`s, so that the commands load no GraphQL: the API's
 * errors carry `extensions` (with `code`), which graphql-js copies onto the GraphQLError it wraps a resolver's
 * error in, and `formatError` passes on.
 */

/** Error codes clients can branch on; they travel as `extensions.code`. */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error whose message is all its reader needs: a command prints it without a stack (`src/cli/main.ts`).
 * `exitStatus` is the status a command then exits with: 2 when what the user typed is wrong (an option, a
 * parameter, a name), 1 when it could not be done (a refused file, the configuration, the database).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitStatus: 1 | 2 = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command line that does not parse: an unknown option, a missing value, too many or too few arguments. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Base of the API's errors: the message is safe to show to a client, and `extensions.code` says what kind it is. */
export class AppError extends UserError {
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, exitStatus: 1 | 2 = 1) {
    super(message, exitStatus);
    this.extensions = { code, ...extra };
  }
}

/** A required id names no node; `argument`, when given, names the argument that held it. */
export class NotFoundError extends AppError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.NotFound, argument ? `${argument}: ${message}` : message, argument ? { argument } : {}, 2);
  }
}

/** A bad argument; `argument` names it so a client can point at the field. */
export class BadUserInputError extends AppError {
  constructor(argument: string, message: string) {
    super(ErrorCode.BadUserInput, `${argument}: ${message}`, { argument }, 2);
  }
}

/**
 * The database does not answer; the server itself stays up. The message may carry the driver's own words, which
 * belong in the log: clients in production see only `summary`.
 */
export class UnavailableError extends AppError {
  static readonly summary = 'the graph database does not answer';

  constructor(message: string) {
    super(ErrorCode.Unavailable, message);
  }
}

/** Bad configuration found at start-up: names the variable and what it should be. */
export class ConfigError extends UserError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}
