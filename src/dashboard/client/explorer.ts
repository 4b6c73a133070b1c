import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { byId } from './dom';

/**
 * The GraphQL explorer served at /graphql to browsers: GraphiQL bundled from npm, so it works with no internet.
 * It reads the schema (with its descriptions) by introspection from this same server.
 */
// The answer is typed as graphql-js's ExecutionResult, which GraphiQL's Fetcher type asks for once graphql-ws (its
// optional peer, installed with GraphQL Code Generator) gives that type its full shape.
const fetcher = async (params: unknown): Promise<ExecutionResult> => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

const defaultQuery = `# Press the run button (or Ctrl-Enter); the Docs pane lists every type and field.
{
  timeline(first: 5) {
    edges { node { id title date { text precision earliest latest } } }
  }
}
`;

createRoot(byId('explorer')).render(createElement(GraphiQL, { fetcher, defaultQuery }));
