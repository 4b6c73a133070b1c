import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { readQueryHeader, type QueryFile } from './queryFile';

export const cypherDir = path.join(projectRoot, 'cypher');
export const queriesDir = path.join(cypherDir, 'queries');

/**
 * The Cypher files of one folder of cypher/, each read and its header parsed once. The API and the researchers run
 * the same files, so code names a file rather than holding Cypher of its own; the gateway (`Database`) takes what
 * `get` returns, names the file in the transaction's metadata and checks the parameters against its header.
 */
export class QueryLibrary {
  private constructor(private readonly queries: ReadonlyMap<string, QueryFile>) {}

  /** Reads every .cypher file in `dir`, and fails at once if any of `required` is missing or a header is malformed. */
  static load(required: readonly string[] = [], dir: string = queriesDir): QueryLibrary {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.cypher')) : [];
    const queries = new Map(
      files.map((file) => {
        const name = path.basename(file, '.cypher');
        const full = path.join(dir, file);
        return [name, readQueryHeader(fs.readFileSync(full, 'utf8'), name, path.relative(projectRoot, full))];
      }),
    );
    const missing = required.filter((name) => !queries.has(name));
    if (missing.length > 0) {
      throw new Error(`missing Cypher files in ${path.relative(projectRoot, dir)}: ${missing.map((name) => `${name}.cypher`).join(', ')}`);
    }
    return new QueryLibrary(queries);
  }

  /** The file `name`.cypher; a name not loaded is a programming error, so it throws. */
  get(name: string): QueryFile {
    const query = this.queries.get(name);
    if (query === undefined) throw new Error(`no Cypher file named ${name}.cypher in the query library`);
    return query;
  }
}
