import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../db/driver';
import { seedFixture, wipe } from '../testing/fixture';
import { graphqlRequest } from '../testing/graphql-request';
import { createYoga } from '../yoga';
import type { TreatygraphYoga } from '../yoga';

describe('the slice contract against Neo4j', () => {
  let driver: Driver;
  let yoga: TreatygraphYoga;
  const query = async (q: string, variables?: Record<string, unknown>) => {
    const { body } = await graphqlRequest(yoga, { query: q, variables });
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    driver = createDriver({ uri: inject('neo4jUri') });
    await seedFixture(driver);
    yoga = createYoga({ driver });
  });

  afterAll(async () => {
    await wipe(driver);
    await driver.close();
  });

  it('lists declarations newest first, undated last, with their connections', async () => {
    const data = await query(`{
      declarations {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id adoptedOn signatoryCount } }
      }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "declarations": {
          "edges": [
            {
              "node": {
                "adoptedOn": "2025-07-30",
                "id": "2025-07-30-human-trafficking-is-organized-crime",
                "signatoryCount": 4,
              },
            },
            {
              "node": {
                "adoptedOn": "2023-07-30",
                "id": "2023-07-30-joint-statement",
                "signatoryCount": 2,
              },
            },
            {
              "node": {
                "adoptedOn": null,
                "id": "0000-01-01-undated",
                "signatoryCount": 0,
              },
            },
          ],
          "pageInfo": {
            "endCursor": "WyJEZWNsYXJhdGlvbiIsIiIsIjAwMDAtMDEtMDEtdW5kYXRlZCJd",
            "hasNextPage": false,
          },
          "totalCount": 3,
        },
      }
    `);
  });

  it('answers a declaration with every contract field', async () => {
    const data = await query(`{
      declaration(id: "2025-07-30-human-trafficking-is-organized-crime") {
        id title adoptedOn occasion venue summary partialSignatories signatoryCount
        signatories { code name }
        signatures { state { code } signedOn evidence { quote sourceId source { publisher } } }
        references { id shortName kind supplements { id } }
        organizations { id name acronym coordinates { acronym } }
        supports { organization { acronym } role }
        sources { id url title publisher publishedOn retrievedOn }
        group { name members { code } }
      }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "declaration": {
          "adoptedOn": "2025-07-30",
          "group": {
            "members": [
              {
                "code": "BLR",
              },
              {
                "code": "PHL",
              },
            ],
            "name": "Group of Friends United against Human Trafficking",
          },
          "id": "2025-07-30-human-trafficking-is-organized-crime",
          "occasion": "World Day Against Trafficking in Persons",
          "organizations": [
            {
              "acronym": "UNODC",
              "coordinates": [
                {
                  "acronym": "ICAT",
                },
              ],
              "id": "unodc",
              "name": "United Nations Office on Drugs and Crime",
            },
          ],
          "partialSignatories": true,
          "references": [
            {
              "id": "palermo-protocol",
              "kind": "PROTOCOL",
              "shortName": "Palermo Protocol",
              "supplements": {
                "id": "untoc",
              },
            },
            {
              "id": "untoc",
              "kind": "CONVENTION",
              "shortName": "UNTOC",
              "supplements": null,
            },
          ],
          "signatories": [
            {
              "code": "BLR",
              "name": "Belarus",
            },
            {
              "code": "LAO",
              "name": "Laos",
            },
            {
              "code": "PHL",
              "name": "Philippines",
            },
            {
              "code": "THA",
              "name": "Thailand",
            },
          ],
          "signatoryCount": 4,
          "signatures": [
            {
              "evidence": null,
              "signedOn": "2025-08-02",
              "state": {
                "code": "BLR",
              },
            },
            {
              "evidence": {
                "quote": "Lao PDR joined the statement",
                "source": {
                  "publisher": "BelTA",
                },
                "sourceId": "src-belta",
              },
              "signedOn": null,
              "state": {
                "code": "LAO",
              },
            },
            {
              "evidence": null,
              "signedOn": null,
              "state": {
                "code": "PHL",
              },
            },
            {
              "evidence": null,
              "signedOn": null,
              "state": {
                "code": "THA",
              },
            },
          ],
          "sources": [
            {
              "id": "src-belta",
              "publishedOn": "2025-07-30",
              "publisher": "BelTA",
              "retrievedOn": "2025-08-01",
              "title": "Joint statement",
              "url": "https://eng.belta.by/x",
            },
            {
              "id": "src-un",
              "publishedOn": "2024-01-10",
              "publisher": "UN",
              "retrievedOn": null,
              "title": null,
              "url": "https://treaties.un.org/x",
            },
          ],
          "summary": "States call for full implementation of the Palermo Protocol.",
          "supports": [
            {
              "organization": {
                "acronym": "UNODC",
              },
              "role": "coordinator of ICAT",
            },
          ],
          "title": "Human Trafficking is Organized Crime",
          "venue": "New York",
        },
      }
    `);
  });

  it('answers a state by code in any case, with what it signed and is party to', async () => {
    const data = await query(`{
      state(code: "lao") {
        code name officialName aliases region subregion unMember latitude longitude
        signed { id }
        partyTo {
          state { code } instrument { id } signedOn consentOn consentType withdrawnOn
          evidence { sourceId quote quoteStart quoteEnd asOf }
        }
      }
      missing: state(code: "XYZ") { code }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "missing": null,
        "state": {
          "aliases": [
            "Lao PDR",
          ],
          "code": "LAO",
          "latitude": 18,
          "longitude": 105,
          "name": "Laos",
          "officialName": "Lao People's Democratic Republic",
          "partyTo": [
            {
              "consentOn": "2003-09-26",
              "consentType": "ACCESSION",
              "evidence": {
                "asOf": "2024-01-10",
                "quote": "Lao People's Democratic Republic 26 Sep 2003 a",
                "quoteEnd": 54,
                "quoteStart": 10,
                "sourceId": "src-un",
              },
              "instrument": {
                "id": "untoc",
              },
              "signedOn": null,
              "state": {
                "code": "LAO",
              },
              "withdrawnOn": null,
            },
          ],
          "region": "Asia",
          "signed": [
            {
              "id": "2025-07-30-human-trafficking-is-organized-crime",
            },
          ],
          "subregion": "South-eastern Asia",
          "unMember": "member",
        },
      }
    `);
  });

  it('answers an instrument with its parties, by state name, and what supplements it', async () => {
    const data = await query(`{
      instrument(id: "untoc") {
        id name shortName aliases kind adoptedOn entryIntoForceOn untcReference symbol
        supplements { id }
        supplementedBy { id }
        referencedBy { id }
        parties { state { name } consentType consentOn signedOn }
      }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "instrument": {
          "adoptedOn": "2000-11-15",
          "aliases": [
            "Palermo Convention",
          ],
          "entryIntoForceOn": "2003-09-29",
          "id": "untoc",
          "kind": "CONVENTION",
          "name": "United Nations Convention against Transnational Organized Crime",
          "parties": [
            {
              "consentOn": "2003-09-26",
              "consentType": "ACCESSION",
              "signedOn": null,
              "state": {
                "name": "Laos",
              },
            },
            {
              "consentOn": "2003-03-04",
              "consentType": "RATIFICATION",
              "signedOn": "2000-12-13",
              "state": {
                "name": "Mexico",
              },
            },
            {
              "consentOn": "2013-10-17",
              "consentType": "RATIFICATION",
              "signedOn": "2000-12-13",
              "state": {
                "name": "Thailand",
              },
            },
          ],
          "referencedBy": [
            {
              "id": "2025-07-30-human-trafficking-is-organized-crime",
            },
          ],
          "shortName": "UNTOC",
          "supplementedBy": [
            {
              "id": "palermo-protocol",
            },
          ],
          "supplements": null,
          "symbol": null,
          "untcReference": "XVIII-12",
        },
      }
    `);
  });

  it('pages states by name with stable cursors and a total', async () => {
    const pageOne = (await query(
      '{ states(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { code } } } }',
    )) as {
      states: { pageInfo: { endCursor: string }; edges: { cursor: string }[] };
    };
    expect(pageOne.states.edges.map((e) => e.cursor).at(-1)).toBe(
      pageOne.states.pageInfo.endCursor,
    );
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data = (await query(
        'query($after: String) { states(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }',
        { after },
      )) as {
        states: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { code: string } }[];
        };
      };
      expect(data.states.totalCount).toBe(5);
      codes.push(...data.states.edges.map((e) => e.node.code));
      if (!data.states.pageInfo.hasNextPage) break;
      after = data.states.pageInfo.endCursor;
    }
    expect(codes).toEqual(['BLR', 'LAO', 'MEX', 'PHL', 'THA']);
  });

  it('pages declarations across the undated one', async () => {
    const first = (await query(
      '{ declarations(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
    )) as {
      declarations: { pageInfo: { endCursor: string; hasNextPage: boolean } };
    };
    expect(first.declarations.pageInfo.hasNextPage).toBe(true);
    const rest = await query(
      'query($after: String) { declarations(after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }',
      {
        after: first.declarations.pageInfo.endCursor,
      },
    );
    expect(rest).toMatchInlineSnapshot(`
      {
        "declarations": {
          "edges": [
            {
              "node": {
                "id": "0000-01-01-undated",
              },
            },
          ],
          "pageInfo": {
            "hasNextPage": false,
            "hasPreviousPage": true,
          },
          "totalCount": 3,
        },
      }
    `);
  });

  it('filters declarations', async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const data = (await query(
        'query($filter: DeclarationFilter) { declarations(filter: $filter) { totalCount edges { node { id } } } }',
        { filter },
      )) as { declarations: { totalCount: number; edges: { node: { id: string } }[] } };
      expect(data.declarations.totalCount).toBe(data.declarations.edges.length);
      return data.declarations.edges.map((e) => e.node.id);
    };
    expect(await ids({ signatory: 'mex' })).toEqual(['2023-07-30-joint-statement']);
    expect(await ids({ references: 'palermo-protocol' })).toEqual([
      '2025-07-30-human-trafficking-is-organized-crime',
    ]);
    expect(await ids({ adoptedFrom: '2023-01-01', adoptedTo: '2024-12-31' })).toEqual([
      '2023-07-30-joint-statement',
    ]);
    expect(await ids({ text: 'PALERMO' })).toEqual([
      '2025-07-30-human-trafficking-is-organized-crime',
    ]);
    expect(await ids({ signatory: 'BLR', text: 'communique' })).toEqual([]);
  });

  it('filters states and instruments', async () => {
    const data = await query(`{
      asia: states(filter: { region: "asia" }) { totalCount edges { node { code } } }
      easternEurope: states(filter: { subregion: "Eastern Europe" }) { edges { node { code } } }
      signers: states(filter: { signed: "2023-07-30-joint-statement" }) { edges { node { code } } }
      protocols: instruments(filter: { kind: PROTOCOL }) { totalCount edges { node { id } } }
      all: instruments { totalCount edges { node { id } } }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "all": {
          "edges": [
            {
              "node": {
                "id": "palermo-protocol",
              },
            },
            {
              "node": {
                "id": "untoc",
              },
            },
            {
              "node": {
                "id": "global-plan-of-action",
              },
            },
          ],
          "totalCount": 3,
        },
        "asia": {
          "edges": [
            {
              "node": {
                "code": "LAO",
              },
            },
            {
              "node": {
                "code": "PHL",
              },
            },
            {
              "node": {
                "code": "THA",
              },
            },
          ],
          "totalCount": 3,
        },
        "easternEurope": {
          "edges": [
            {
              "node": {
                "code": "BLR",
              },
            },
          ],
        },
        "protocols": {
          "edges": [
            {
              "node": {
                "id": "palermo-protocol",
              },
            },
          ],
          "totalCount": 1,
        },
        "signers": {
          "edges": [
            {
              "node": {
                "code": "BLR",
              },
            },
            {
              "node": {
                "code": "MEX",
              },
            },
          ],
        },
      }
    `);
  });

  it('rejects a malformed date or cursor with BAD_USER_INPUT', async () => {
    const bad = async (q: string) =>
      (await graphqlRequest(yoga, { query: q })).body.errors?.[0]?.extensions?.code;
    expect(
      await bad('{ declarations(filter: { adoptedFrom: "2025-02-30" }) { totalCount } }'),
    ).toBe('BAD_USER_INPUT');
    expect(await bad('{ declarations(after: "nonsense") { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(await bad('{ declarations(first: 1000) { totalCount } }')).toBe('BAD_USER_INPUT');
  });
});
