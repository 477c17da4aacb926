import { describe, expect, it } from 'vitest';
import { groupCsv } from './group-csv';

describe('groupCsv', () => {
  it('writes a header and one quoted-when-needed line per state', () => {
    expect(
      groupCsv([
        { code: 'LAO', name: 'Laos', region: 'Asia' },
        { code: 'KOR', name: 'Korea, Republic of', region: null },
      ]),
    ).toBe('code,name,region\r\nLAO,Laos,Asia\r\nKOR,"Korea, Republic of",\r\n');
  });
});
