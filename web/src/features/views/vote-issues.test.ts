import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueName, VOTE_ISSUES } from './vote-issues';

const sdl = readFileSync(
  new URL('../../../../schema/graphql/schema.graphql', import.meta.url),
  'utf8',
);

describe('roll-call topics', () => {
  it('are the codes and names the SDL documents for `issue`', () => {
    const documented = /A topic code: ([^\n"]+)\./.exec(sdl)?.[1] ?? '';
    const listed = Object.entries(VOTE_ISSUES)
      .map(([code, name]) => `${code} (${name})`)
      .join(', ');
    expect(listed).toBe(documented);
  });

  it('name an unknown code by itself', () => {
    expect(issueName('hr')).toBe('Human rights');
    expect(issueName('zz')).toBe('zz');
  });
});
