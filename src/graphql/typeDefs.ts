import fs from 'node:fs';
import path from 'node:path';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../config';

const schemaDir = path.join(projectRoot, 'schema');

/** The SDL of schema/*.graphql, parsed; the files are the only definition of the API's types. */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => gql(fs.readFileSync(path.join(dir, file), 'utf8')));
}
