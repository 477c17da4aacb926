import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import type { RunningApp } from '../support/app';

// The analyst questions of issues 2 and 4, asked of the bundled corpus over real HTTP.
describe('the bundled corpus through the API', () => {
  let app: RunningApp;
  const query = async (text: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text }),
    });
    return ((await response.json()) as { data: Record<string, unknown> }).data;
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the 2025 statement with its 22 signatories and the Protocol supplementing UNTOC', async () => {
    const data =
      (await query(`{ declarations(filter: { adoptedFrom: "2025-07-30", adoptedTo: "2025-07-30" }) {
      totalCount edges { node { signatoryCount signatories { code } references { id supplements { id } } } } } }`)) as {
        declarations: {
          totalCount: number;
          edges: {
            node: {
              signatoryCount: number;
              signatories: { code: string }[];
              references: { id: string; supplements: { id: string } | null }[];
            };
          }[];
        };
      };
    expect(data.declarations.totalCount).toBe(1);
    const node = data.declarations.edges[0]?.node;
    expect(node?.signatoryCount).toBe(22);
    expect(node?.signatories.map((s) => s.code)).toEqual(
      expect.arrayContaining(['LAO', 'RUS', 'ARE', 'VEN', 'BOL']),
    );
    expect(node?.references).toContainEqual({
      id: 'untoc-trafficking-protocol',
      supplements: { id: 'untoc' },
    });
  });

  it.each([
    ['palermo', 'untoc-trafficking-protocol'],
    ['laos', 'LAO'],
  ])('search "%s" finds %s first', async (text, expected) => {
    const data = (await query(`{ search(query: "${text}", first: 3) { entity {
      ... on Instrument { id } ... on State { code } ... on Organization { id } } } }`)) as {
      search: { entity: { id?: string; code?: string } }[];
    };
    const first = data.search[0]?.entity;
    expect(first?.id ?? first?.code).toBe(expected);
  });
});
