import { describe, expect, it } from 'vitest';
import { DATASETS } from '../testing/dataset-slices';
import { readDataset } from './import-dataset';

const read = (dir: string) => readDataset(dir, () => undefined);
const organizations = (claims: { state: string; party?: string }[]) =>
  claims.filter((c) => c.party === 'Organization');

// Both shared folders whole: every participant the registry or gazetteer knows is a party;
// what is left out is a cell that is no date or a code nobody knows.
describe('the whole shared folders', () => {
  it('reads every UNTC row, organizations such as the European Union as parties', () => {
    const untc = read(DATASETS.untc);
    expect(untc.skipped).toEqual([]);
    expect(untc.claims).toHaveLength(23_757);
    const parties = organizations(untc.claims);
    expect(parties).toHaveLength(94);
    expect(parties.filter((c) => c.state === 'eu')).toHaveLength(67);
  }, 120_000);

  it('leaves out of GGO only cells that are no date, repeated titles and unknown codes', () => {
    const ggo = read(DATASETS.ggo);
    expect(ggo.skipped).toHaveLength(1536);
    expect(organizations(ggo.claims)).toHaveLength(389);
    const unknown = new Map<string, number>();
    for (const { message } of ggo.skipped) {
      const code = /^stateID "([^"]*)"/.exec(message)?.[1];
      if (code) unknown.set(code, (unknown.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(unknown)).toEqual({
      EAZ: 67,
      PRU: 10,
      EAT: 5,
      AUH: 4,
      ANT: 3,
      HSG: 2,
      DZG: 1,
      'Baden-Württemberg': 1,
      Bayern: 1,
      'Member countries not listed': 1,
    });
  }, 120_000);
});
