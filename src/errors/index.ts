import { GraphQLError } from 'graphql';

/** Error codes clients can branch on; they travel as `extensions.code`. */
export enum ErrorCode {
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** Base of the errors this project throws on purpose; the message is safe to show to a client. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = new.target.name;
  }
}

/** A required id names no node; `argument`, when given, names the argument that held it. */
export class NotFoundError extends AppError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.NotFound, argument ? `${argument}: ${message}` : message, argument ? { argument } : {});
  }
}

/** A bad argument; `argument` names it so a client can point at the field. */
export class BadUserInputError extends AppError {
  constructor(argument: string, message: string) {
    super(ErrorCode.BadUserInput, `${argument}: ${message}`, { argument });
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
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}
