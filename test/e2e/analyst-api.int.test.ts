import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app';
import type { RunningApp } from '../support/app';

const TOKEN = 'e2e-import-token-0123456789';
const STATEMENT = '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit';
const PROTOCOL = 'untoc-trafficking-protocol';

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

// The analyst questions of issue 4 over real HTTP, on the bundled corpus as `npm start` serves it.
describe('the analyst API over HTTP', () => {
  let app: RunningApp;
  const graphql = async (query: string, options: { variables?: object; token?: string } = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const data = async (query: string, variables?: object) => {
    const { body } = await graphql(query, { variables });
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, unknown>;
  };
  const exportOf = (path: string, view: object) =>
    fetch(
      `${app.url}/export/${path}${path.includes('?') ? '&' : '?'}view=${encodeURIComponent(JSON.stringify(view))}`,
    );

  beforeAll(async () => {
    app = await startApp({ importToken: TOKEN });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('search "unodc" puts the organization before the UNODC Global Report', async () => {
    const { search } = await data(`{ search(query: "unodc", first: 3) { score entity {
      __typename ... on Organization { id } ... on Instrument { id } } } }`);
    const hits = search as { score: number; entity: { __typename: string; id: string } }[];
    expect(hits[0]?.entity).toEqual({ __typename: 'Organization', id: 'unodc' });
    expect(hits.map((h) => h.entity.id)).toContain('unodc-global-report-trafficking');
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('gives each party’s Trafficking Protocol status on a date', async () => {
    const { instrument } = await data(`{ instrument(id: "${PROTOCOL}") {
      statusAsOf(date: "2014-01-27") { state { code } status consentType inForceOn } } }`);
    const rows = (instrument as { statusAsOf: { state: { code: string }; status: string }[] })
      .statusAsOf;
    const byCode = Object.fromEntries(rows.map((r) => [r.state.code, r.status]));
    expect(byCode.LAO).toBe('IN_FORCE');
    // Singapore acceded in 2015: listed, but not yet party in January 2014.
    expect(byCode.SGP).toBe('NOT_PARTY');
    // Bangladesh's accession is known from a 2020 statement, without its date.
    expect(byCode.BGD).toBe('UNKNOWN');
    expect(new Set(Object.values(byCode))).toEqual(new Set(['IN_FORCE', 'NOT_PARTY', 'UNKNOWN']));
  });

  it('compares by the same rule: Bangladesh undetermined before its evidence, party after', async () => {
    const compare = async (asOf: string) => {
      const result = await data(`{ compare(a: "${STATEMENT}", b: "${PROTOCOL}", asOf: "${asOf}") {
        onlyA { code } both { code } undetermined { code } } }`);
      const groups = result.compare as Record<string, { code: string }[]>;
      return (group: string) => (groups[group] ?? []).map((s) => s.code);
    };
    const early = await compare('2014-01-27');
    expect(early('undetermined')).toEqual(['BGD']);
    expect(early('both')).toContain('LAO');
    expect(early('onlyA')).not.toContain('BGD');
    const late = await compare('2020-07-30');
    expect(late('undetermined')).toEqual([]);
    expect(late('both')).toContain('BGD');
  });

  it('finds the 2025 signatories as one coalition', async () => {
    const { coalitions } = await data('{ coalitions { id size cohesion declarations { id } } }');
    expect(coalitions).toEqual([
      {
        id: expect.stringMatching(/^coalition-/),
        size: 22,
        cohesion: 1,
        declarations: [{ id: STATEMENT }],
      },
    ]);
  });

  it('exports a view as GEXF and GraphML that graphology reads back', async () => {
    const view = { focus: [STATEMENT], kinds: ['SIGNED', 'REFERENCES'] };
    const gexf = await exportOf('view.gexf', view);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-disposition')).toBe(
      'attachment; filename="treatygraph-view.gexf"',
    );
    expect(gexf.headers.get('x-view-truncated')).toBe('false');
    const fromGexf = parseGexf(Graph, await gexf.text());
    const graphml = await exportOf('view.graphml', view);
    const fromGraphml = parseGraphml(Graph, await graphml.text());
    for (const graph of [fromGexf, fromGraphml]) {
      expect(graph.order).toBe(1 + 22 + 4);
      expect(graph.hasNode('LAO')).toBe(true);
      expect(graph.getNodeAttribute('LAO', 'label')).toBe('Laos');
      expect(graph.getNodeAttribute(STATEMENT, 'kind')).toBe('Declaration');
    }
    expect(fromGexf.size).toBe(fromGraphml.size);
  });

  it('exports CSV tables in Gephi’s spreadsheet format, and JSON', async () => {
    const view = { focus: ['LAO'], kinds: ['SIGNED'] };
    const nodes = await (await exportOf('view.csv?part=nodes', view)).text();
    expect(nodes.split('\r\n')[0]).toMatch(/^Id,Label,Kind,/);
    const edges = await exportOf('view.csv', view);
    expect(edges.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await edges.text()).split('\r\n')[1]).toMatch(
      new RegExp(`^SIGNED:LAO->${STATEMENT},LAO,${STATEMENT},Directed,SIGNED,1`),
    );
    const json = (await (await exportOf('view.json', view)).json()) as { nodes: unknown[] };
    expect(json.nodes).toHaveLength(2);
  });

  it('bundles every format, the sources behind the view and the data attributions in a ZIP', async () => {
    const response = await exportOf('view.zip', { focus: [STATEMENT], depth: 1 });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'ATTRIBUTION.txt',
      'edges.csv',
      'nodes.csv',
      'sources.csv',
      'view.gexf',
      'view.graphml',
      'view.json',
    ]);
    const notice = strFromU8(files['ATTRIBUTION.txt'] ?? new Uint8Array());
    expect(notice).toMatch(/world-countries[\s\S]*Open Database License \(ODbL\) 1\.0/);
    expect(notice).toContain('Natural Earth');
    const sources = strFromU8(files['sources.csv'] ?? new Uint8Array());
    expect(sources.split('\r\n')[0]).toBe(
      'id,title,publisher,publishedOn,retrievedOn,url,licence,citation',
    );
    expect(sources).toContain('src-belta-2025-07-30-group-of-friends-declaration');
    expect(
      parseGexf(Graph, strFromU8(files['view.gexf'] ?? new Uint8Array())).order,
    ).toBeGreaterThan(20);
  });

  it('exports the co-signature network with coalition ids', async () => {
    const response = await fetch(`${app.url}/export/view.graphml?network=%7B%7D`);
    const graph = parseGraphml(Graph, await response.text());
    expect(graph.order).toBe(22);
    expect(graph.size).toBe((22 * 21) / 2);
    expect(graph.getNodeAttribute('LAO', 'coalition')).toMatch(/^coalition-/);
  });

  it.each([
    ['view.gexf?view=%7Bnot-json', /not JSON/],
    [`view.gexf?view=${encodeURIComponent('{"depth":7}')}`, /depth/],
    ['view.pdf', /Unknown export format "pdf"/],
    ['view.csv?part=both', /part must be nodes or edges/],
  ])('answers a bad request %s with 400 and a JSON error', async (path, message) => {
    const response = await fetch(`${app.url}/export/${path}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toMatch(message);
  });

  it('imports a document through the protected mutation: dry run, then write', async () => {
    const declaration = '2026-01-15-test-statement';
    const content = [
      'format: treatygraph/1',
      'nodes:',
      '  Declaration:',
      `    - { id: ${declaration}, title: Test statement, adoptedOn: 2026-01-15 }`,
      'relationships:',
      `  - { type: SIGNED, from: FRA, to: ${declaration} }`,
      `  - { type: ORGANIZATION_SIGNED, from: eu, to: ${declaration}, signedOn: 2026-01-16 }`,
    ].join('\n');
    const mutation = `mutation ($files: [ImportFileInput!]!, $dryRun: Boolean) {
      importDocuments(files: $files, dryRun: $dryRun) {
        ok dryRun written created { nodes relationships } issues { code field line }
      }
    }`;
    const files = [{ name: 'test.yaml', content }];
    const refused = await graphql(mutation, { variables: { files } });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const dry = await graphql(mutation, { variables: { files, dryRun: true }, token: TOKEN });
    expect(dry.body.data?.importDocuments).toMatchObject({
      ok: true,
      dryRun: true,
      written: false,
    });
    expect(await data(`{ declaration(id: "${declaration}") { id } }`)).toEqual({
      declaration: null,
    });

    const wet = await graphql(mutation, { variables: { files }, token: TOKEN });
    expect(wet.body.data?.importDocuments).toMatchObject({
      ok: true,
      written: true,
      created: { relationships: 2 },
    });
    expect(
      await data(`{ declaration(id: "${declaration}") { signatories { code }
        nonStateSignatures { organization { id acronym } signedOn } } }`),
    ).toEqual({
      declaration: {
        signatories: [{ code: 'FRA' }],
        nonStateSignatures: [{ organization: { id: 'eu', acronym: 'EU' }, signedOn: '2026-01-16' }],
      },
    });

    const invalid = await graphql(mutation, {
      variables: {
        files: [
          { name: 'bad.yaml', content: `${content}\n  - { type: SIGNED, from: XXX, to: nowhere }` },
        ],
      },
      token: TOKEN,
    });
    expect(invalid.body.data?.importDocuments).toMatchObject({ ok: false, written: false });
    const issues = (invalid.body.data?.importDocuments as { issues: { field: string }[] }).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.field).toMatch(/^relationships\[2\]/);
  });
});
