import type { TreatygraphYoga } from '../yoga';

export type GraphQLResponse = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

/** POSTs an operation to yoga in-process (no port) and returns status, headers and body. */
export async function graphqlRequest(
  yoga: TreatygraphYoga,
  operation: { query: string; variables?: Record<string, unknown> },
) {
  const response = await yoga.fetch('http://treatygraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(operation),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse,
  };
}
