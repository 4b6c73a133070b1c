import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * The README's GraphQL examples are the analyst's first contact with the API: each is sent to a server on the
 * seeded graph, and its printed response must be the live one (where the README trims a long list with "... N more",
 * the items it shows and the number it leaves out).
 */

interface Example {
  title: string;
  query: string;
  variables: Record<string, unknown>;
  response: string;
}

// Needs a server whose database is down; api-errors.test.ts asserts that response exactly.
const elsewhere = new Set(['Errors: the database does not answer']);

function readmeExamples(): Example[] {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const api = readme.slice(readme.indexOf('## GraphQL API'));
  const sections = api.split(/\n#{3,4} /).slice(1);
  return sections.flatMap((section) => {
    const title = section.slice(0, section.indexOf('\n'));
    const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    const response = /Response[^\n]*:\s*```json\n([\s\S]*?)```/.exec(section)?.[1];
    const variables = /Variables: `(.*?)`/.exec(section)?.[1];
    if (query === undefined || response === undefined || elsewhere.has(title)) return [];
    return [{ title, query, response, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {} }];
  });
}

/**
 * The live response cut the way the README cuts it: where the README ends a list with "... N more", the live list is
 * cut after as many items, with its own count of the rest, so that toEqual compares both the items shown and how
 * many were left out. Full-text relevance scores depend on everything else the index holds (other test files add
 * articles), so they are not compared.
 */
function trimmedLike(live: unknown, printed: unknown): unknown {
  if (Array.isArray(printed) && Array.isArray(live)) {
    const last = printed[printed.length - 1];
    const cut = typeof last === 'string' && /^\.\.\. \d+ more$/.test(last);
    const shown = cut ? printed.length - 1 : live.length;
    const items = live.slice(0, shown).map((item, index) => trimmedLike(item, printed[index]));
    return cut ? [...items, `... ${live.length - shown} more`] : items;
  }
  if (printed && live && typeof printed === 'object' && typeof live === 'object') {
    return Object.fromEntries(
      Object.entries(live)
        .filter(([key]) => key !== 'score')
        .map(([key, value]) => [key, trimmedLike(value, (printed as Record<string, unknown>)[key])]),
    );
  }
  return live;
}

function withoutScores(printed: unknown): unknown {
  return JSON.parse(JSON.stringify(printed), (key, value: unknown) => (key === 'score' ? undefined : value));
}

const api = seededServer();
const examples = readmeExamples();

describe("the README's GraphQL examples", () => {
  it('are there, one per analyst question', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples.map((example) => [example.title, example] as const))('%s: answers as printed', async (_title, example) => {
    const { body } = await postGraphql(api.server.url, example.query, example.variables);
    const printed: unknown = JSON.parse(example.response);
    expect(trimmedLike(body, printed)).toEqual(withoutScores(printed));
  });
});
