import { QueryFileError, usedParameters, type QueryFile } from '../db';
import { administrationCommand } from './queryFile';

/**
 * Cypher given on the command line (`npm run cypher -- -e "MATCH ..."`) as a query file named `inline`: every
 * `$name` it uses is a parameter of type ANY (a JSON value; whole numbers go as integers), so the same binding,
 * the same read-only transaction and the same refusal of administration apply as to a file.
 */
export function inlineQuery(text: string): QueryFile {
  const command = administrationCommand(text);
  if (command !== null) {
    throw new QueryFileError(
      '-e',
      0,
      `the query runs "${command}", which the researchers' runner refuses: it only reads the graph (administration and LOAD CSV belong in cypher-shell, as the database's owner)`,
    );
  }
  const parameters = usedParameters(text).map((name) => ({
    name,
    type: { base: 'ANY' as const, list: false, nullable: false },
    typeText: 'ANY',
    description: 'a parameter of the Cypher given with -e',
  }));
  return { name: 'inline', question: 'Cypher given with -e', parameters, returns: '', example: {}, text };
}
