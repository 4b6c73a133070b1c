/** The one way the dashboard reaches data: POST a document to the public GraphQL API of the server it came from. */

class ApiError extends Error {}

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer<T>;
  if (answer.errors?.length) throw new ApiError(answer.errors.map((error) => error.message).join('; '));
  if (!response.ok || answer.data === undefined) throw new ApiError(`the API answered ${response.status} without data`);
  return answer.data;
}
