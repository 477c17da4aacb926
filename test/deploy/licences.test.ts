import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './compose-config';

/** Licences anything may ship under. */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'CC0-1.0',
]);

/** Production packages under any other licence, each with why it may ship. */
const REASONS: Record<string, string> = {
  'world-countries':
    'ODbL-1.0 data (country names, codes, coordinates), not code: used as a database, credited ' +
    'with its licence in the about panel and in every export bundle, as ODbL 4.3 asks.',
  'lru-cache':
    'BlueOak-1.0.0, an OSI-approved permissive licence (use, change and ship with the notice, ' +
    'with a patent grant); it bounds the cache of heavy results by bytes.',
  'opencc-js':
    'MIT AND Apache-2.0: its code is MIT and its conversion tables (from OpenCC) Apache-2.0, both ' +
    "allowed alone; it turns the libraries' simplified Chinese state names into traditional ones.",
};

type Manifest = { name: string; license?: unknown; licenses?: { type?: string }[] };

function licenceOf(manifest: Manifest): string {
  if (typeof manifest.license === 'string') return manifest.license;
  return (manifest.licenses ?? []).map((l) => l.type).join(' OR ') || '(none)';
}

// An SPDX expression passes when one of its OR alternatives is allowed.
const allowed = (licence: string) =>
  licence
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/)
    .some((alternative) => ALLOWED.has(alternative.trim()));

describe('production dependencies (npm ls --omit=dev)', () => {
  const paths = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((path) => path.includes('/node_modules/'));
  const packages = paths.map((path) => {
    const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as Manifest;
    return { name: manifest.name, licence: licenceOf(manifest) };
  });

  it('leave out everything only tests use', () => {
    const names = new Set(packages.map((p) => p.name));
    for (const testOnly of ['@neo4j/graphql', 'autocannon', 'fast-check', 'playwright-core']) {
      expect(names.has(testOnly), testOnly).toBe(false);
    }
  });

  it('are MIT, ISC, BSD, Apache-2.0 or CC0, or have a written reason', () => {
    const outside = packages
      .filter((p) => !p.name.startsWith('@treatygraph/') && !allowed(p.licence))
      .filter((p) => REASONS[p.name] === undefined)
      .map((p) => `${p.name} (${p.licence})`);
    expect(outside).toEqual([]);
    expect(packages.length).toBeGreaterThan(50);
  });
});
