import { Neo4jError } from 'neo4j-driver';
import { UsageError, UserError } from '../errors';
import { usageLine, type CommandSpec } from './commandLine';

/**
 * The one error policy of the commands: prints why `command` failed and returns its exit status. An error the
 * project throws on purpose (`UserError`: a bad option, a refused file, a missing variable) is its message alone,
 * and a usage error adds the usage line and where the help is; Cypher that Neo4j refuses is Neo4j's message; anything
 * else is a bug, printed with its stack. Status 2 when what the user typed is wrong, 1 otherwise.
 */
export function reportFailure(spec: CommandSpec, error: unknown, log: (line: string) => void): number {
  if (error instanceof UsageError) {
    log(
      `${usageLine(spec)}\n${spec.name}: ${error.message}\n(${spec.name === 'start' ? 'npm start' : `npm run ${spec.name}`} -- --help lists the options)`,
    );
    return error.exitStatus;
  }
  const failed = `${spec.name} failed:`;
  if (error instanceof UserError) {
    log(`${failed} ${error.message}`);
    return error.exitStatus;
  }
  if (error instanceof Neo4jError) {
    log(`${failed} Neo4j: ${error.message}`);
    // A client error is the query's own fault (the researcher's Cypher); any other, the database's.
    return error.code.startsWith('Neo.ClientError.') ? 2 : 1;
  }
  log(`${failed} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
