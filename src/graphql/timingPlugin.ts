import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** Where one GraphQL request's server time went (milliseconds), as `timingPlugin` measures it. */
export interface RequestTiming {
  /**
   * From the request's arrival at Apollo to the start of execution: parse, validate (both skipped when Apollo's
   * document cache holds the query) and the cost check.
   */
  parseValidateMs: number;
  /** Resolvers, loaders and the statements they wait for. */
  executeMs: number;
  /** Wall time while at least one statement was running (part of execute). */
  databaseMs: number;
  statements: number;
}

/**
 * Measures each request's phases and hands them to `record` with the request's context; enabled by the API
 * benchmark only (npm run bench:api), so serving pays nothing for it otherwise.
 */
// Apollo's hooks are typed to return promises; these only read the clock.
/* eslint-disable @typescript-eslint/require-await */
export function timingPlugin(record: (context: Context, timing: RequestTiming) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let executed = started;
      let executionStarted = started;
      return {
        async executionDidStart() {
          executionStarted = performance.now();
          return {
            async executionDidEnd() {
              executed = performance.now();
            },
          };
        },
        async willSendResponse({ contextValue }) {
          record(contextValue, {
            parseValidateMs: executionStarted - started,
            executeMs: executed - executionStarted,
            databaseMs: contextValue.use.databaseMs,
            statements: contextValue.use.statements,
          });
        },
      };
    },
  };
}
/* eslint-enable @typescript-eslint/require-await */
