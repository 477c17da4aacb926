import { afterAll, describe, expect, it } from 'vitest';
import type { ImportFile, Importer, ImportReport } from '../importer';
import { createOfflineYoga } from '../testing/offline-yoga';
import type { TreatygraphYoga } from '../yoga';

const TOKEN = 'a-token-of-sixteen-or-more';
const MUTATION = `mutation ($files: [ImportFileInput!]!, $dryRun: Boolean) {
  importDocuments(files: $files, dryRun: $dryRun) {
    ok dryRun written
    files { name kind declarations participations nodes relationships }
    created { nodes relationships } updated { nodes } unchanged { relationships }
    issues { code message file line column field candidates }
  }
}`;
const FILES = [{ name: 'statement.yaml', content: 'format: treatygraph/1\n' }];

describe('the importDocuments mutation', () => {
  const calls: { files: ImportFile[]; dryRun: boolean }[] = [];
  const report: ImportReport = {
    ok: true,
    dryRun: false,
    written: true,
    files: [
      {
        name: 'statement.yaml',
        kind: 'document',
        declarations: 1,
        participations: 0,
        nodes: 3,
        relationships: 2,
      },
    ],
    counts: {
      created: { nodes: 3, relationships: 2 },
      updated: { nodes: 0, relationships: 0 },
      unchanged: { nodes: 0, relationships: 0 },
    },
    issues: [],
  };
  const importer: Importer = async (files, options) => {
    calls.push({ files, dryRun: options.dryRun });
    return { ...report, dryRun: options.dryRun, written: !options.dryRun };
  };
  const open = createOfflineYoga({ importer, importToken: TOKEN });
  const disabled = createOfflineYoga({ importer });
  afterAll(async () => {
    await open.close();
    await disabled.close();
  });

  const post = async (
    yoga: TreatygraphYoga,
    options: { authorization?: string; variables?: Record<string, unknown> } = {},
  ) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(options.authorization ? { authorization: options.authorization } : {}),
      },
      body: JSON.stringify({ query: MUTATION, variables: options.variables ?? { files: FILES } }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as {
        data?: { importDocuments: Record<string, unknown> } | null;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };

  it('passes the files to the importer with the bearer token, and reports what it did', async () => {
    calls.length = 0;
    const { body } = await post(open.yoga, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors).toBeUndefined();
    expect(body.data?.importDocuments).toMatchObject({
      ok: true,
      dryRun: false,
      written: true,
      files: [{ name: 'statement.yaml', kind: 'document', nodes: 3 }],
      created: { nodes: 3, relationships: 2 },
      issues: [],
    });
    expect(calls).toEqual([{ files: FILES, dryRun: false }]);
  });

  it('passes dryRun on', async () => {
    calls.length = 0;
    await post(open.yoga, {
      authorization: `bearer ${TOKEN}`,
      variables: { files: FILES, dryRun: true },
    });
    expect(calls).toEqual([{ files: FILES, dryRun: true }]);
  });

  it.each([
    ['no header', undefined],
    ['the wrong token', 'Bearer not-the-token-at-all'],
    ['another scheme', `Basic ${TOKEN}`],
  ])('refuses %s with UNAUTHENTICATED and 401', async (_, authorization) => {
    calls.length = 0;
    const { status, headers, body } = await post(open.yoga, { authorization });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(calls).toEqual([]);
  });

  it('is disabled without a configured token, whatever the request carries', async () => {
    const { body } = await post(disabled.yoga, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors?.[0]?.extensions?.code).toBe('WRITES_DISABLED');
  });

  it('refuses path-like file names and empty file lists', async () => {
    const auth = `Bearer ${TOKEN}`;
    const names = await post(open.yoga, {
      authorization: auth,
      variables: { files: [{ name: '../etc/passwd', content: 'x' }] },
    });
    expect(names.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'files[0].name',
    });
    const empty = await post(open.yoga, { authorization: auth, variables: { files: [] } });
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
