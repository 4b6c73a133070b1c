import fs from 'node:fs';
import path from 'node:path';
import { cypherCode, queriesDir, QueryFileError, readQueryHeader, type QueryFile } from '../db';

/**
 * Reads a query file for the researchers' runner: its header (`readQueryHeader`), and a refusal of any
 * administration command in its Cypher, since the runner only reads the graph.
 */
export function parseQueryFile(text: string, name: string, file = `${name}.cypher`): QueryFile {
  const parsed = readQueryHeader(text, name, file);
  const command = administrationCommand(parsed.text);
  if (command !== null) {
    const line = text.split(/\r?\n/).findIndex((row) => administrationCommand(row) !== null) + 1;
    throw new QueryFileError(
      file,
      line,
      `the query runs "${command}", which the researchers' runner refuses: it only reads the graph (administration and LOAD CSV belong in cypher-shell, as the database's owner)`,
    );
  }
  return parsed;
}

/**
 * Administration a read-only runner must not pass on: user, role, database and server management, transaction
 * listing and termination (other sessions' work), switching to another database, dbms procedures, and LOAD CSV
 * (which reads files and URLs). Community Neo4j has no roles to forbid these to a researcher, so the runner does.
 */
const administration =
  /(?<!\.)\b(TERMINATE\s+TRANSACTIONS?|SHOW\s+(?:TRANSACTIONS?|USERS?|CURRENT\s+USER|ROLES?|PRIVILEGES|DATABASES?|DEFAULT\s+DATABASE|HOME\s+DATABASE|ALIASES|SERVERS?|SETTINGS?|\w+\s+PRIVILEGES)|(?:CREATE|ALTER|DROP|RENAME|START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+)?(?:USER|ROLE|DATABASE|ALIAS|SERVER|DATABASES)|GRANT|DENY|REVOKE|USE\s+\w|CALL\s+dbms\.\w+|LOAD\s+CSV)/i;

/** The first administration command `cypher` runs, as written (spaces collapsed), or null. */
export function administrationCommand(cypher: string): string | null {
  const match = administration.exec(cypherCode(cypher));
  return match ? (match[1] ?? '').replace(/\s+/g, ' ') : null;
}

/** The names of the query files in `dir`, sorted. */
export function queryFileNames(dir: string = queriesDir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => path.basename(file, '.cypher'))
    .sort();
}

/**
 * Reads a query file given as a name in cypher/queries (`mediators`), a file name there (`mediators.cypher`), or a
 * path to any .cypher file (relative to `cwd`).
 */
export function loadQueryFile(nameOrPath: string, dir: string = queriesDir, cwd: string = process.cwd()): QueryFile {
  const candidates = [path.resolve(cwd, nameOrPath), path.join(dir, nameOrPath), path.join(dir, `${nameOrPath}.cypher`)];
  const file = candidates.find((candidate) => candidate.endsWith('.cypher') && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (file === undefined) {
    throw new QueryFileError(nameOrPath, 0, `no such query file; the library has: ${queryFileNames(dir).join(', ') || '(none)'}`);
  }
  return parseQueryFile(fs.readFileSync(file, 'utf8'), path.basename(file, '.cypher'), file);
}
