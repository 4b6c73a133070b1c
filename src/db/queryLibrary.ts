import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export const cypherDir = path.join(projectRoot, 'cypher');
export const queriesDir = path.join(cypherDir, 'queries');

/**
 * The Cypher files of cypher/queries, read once. The API and the researchers run the same files, so a
 * resolver names a file rather than holding Cypher of its own.
 */
export class QueryLibrary {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  /** Reads every .cypher file in `dir`, and fails at once if any of `required` is missing. */
  static load(required: readonly string[] = [], dir: string = queriesDir): QueryLibrary {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.cypher')) : [];
    const queries = new Map(files.map((file) => [path.basename(file, '.cypher'), fs.readFileSync(path.join(dir, file), 'utf8')]));
    const missing = required.filter((name) => !queries.has(name));
    if (missing.length > 0) {
      throw new Error(`missing Cypher files in ${path.relative(projectRoot, dir)}: ${missing.map((name) => `${name}.cypher`).join(', ')}`);
    }
    return new QueryLibrary(queries);
  }

  /** The text of `name`.cypher; a name not loaded is a programming error, so it throws. */
  get(name: string): string {
    const query = this.queries.get(name);
    if (query === undefined) throw new Error(`no Cypher file named ${name}.cypher in the query library`);
    return query;
  }
}
