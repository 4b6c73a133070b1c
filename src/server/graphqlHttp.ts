import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A GraphQL document with its variables fits easily; anything larger is refused before it is parsed. */
const maxBodyBytes = 1024 * 1024;

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new BodyError(413, `request body: expected at most ${maxBodyBytes} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `request body: expected JSON, got a parse error: ${(error as Error).message}`);
  }
}

function sendBodyError(res: ServerResponse, error: BodyError): void {
  res.statusCode = error.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] }));
}

/**
 * Hands one HTTP request to Apollo Server, the way its standalone server does, so JSON clients see the same API
 * (CSRF prevention, GET queries, error statuses) while this server also serves the dashboard and the explorer.
 */
export async function handleGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: () => Promise<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  let body: unknown;
  try {
    // Only a JSON body is parsed: Apollo refuses other POSTs itself (and its CSRF check depends on that).
    body = method === 'POST' && (headers.get('content-type') ?? '').includes('application/json') ? await readJsonBody(req) : undefined;
  } catch (error) {
    if (error instanceof BodyError) {
      sendBodyError(res, error);
      return;
    }
    throw error;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const request: HTTPGraphQLRequest = { method, headers, search: url.search, body };
  const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
