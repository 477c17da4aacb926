import { describe, expect, it } from 'vitest';
import { UNTC_2014_FILES, untc2014Rows } from '../testing/untc-2014';
import { resolveCountry, stateRows } from './countries';

const row = (code: string) => stateRows().find((s) => s.code === code);

describe('stateRows', () => {
  it('holds every ISO 3166-1 entity and Kosovo once, sorted by code', () => {
    const codes = stateRows().map((s) => s.code);
    expect(codes).toHaveLength(250);
    expect(new Set(codes).size).toBe(250);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('UNK');
  });

  it('counts 193 UN members, with the Holy See and Palestine as observers', () => {
    expect(stateRows().filter((s) => s.unMember === 'member')).toHaveLength(193);
    expect(row('VAT')?.unMember).toBe('observer');
    expect(row('PSE')?.unMember).toBe('observer');
    expect(row('UNK')?.unMember).toBe('none');
    expect(row('TWN')?.unMember).toBe('none');
  });

  it('gives names, UN M49 regions and coordinates', () => {
    expect(row('LAO')).toMatchObject({
      name: 'Laos',
      officialName: "Lao People's Democratic Republic",
      region: 'Asia',
      subregion: 'South-eastern Asia',
      latitude: 18,
      longitude: 105,
    });
    // M49, not world-countries' own grouping, which puts Mexico in North America.
    expect(row('MEX')).toMatchObject({
      region: 'Americas',
      subregion: 'Latin America and the Caribbean',
    });
    expect(row('NGA')).toMatchObject({ region: 'Africa', subregion: 'Sub-Saharan Africa' });
  });

  it('leaves regions out where M49 lists none rather than guessing', () => {
    for (const code of ['UNK', 'TWN', 'ATA']) {
      expect(row(code)).not.toHaveProperty('region');
      expect(row(code)).not.toHaveProperty('subregion');
    }
  });

  it('keeps alternative spellings and names in several languages as aliases', () => {
    const aliases = row('LAO')?.aliases ?? [];
    expect(aliases).toEqual(
      expect.arrayContaining([
        'Lao PDR',
        "Lao People's Democratic Republic",
        'République démocratique populaire lao',
        'República Democrática Popular Lao',
        'Demokratische Volksrepublik Laos',
        'Лаос',
      ]),
    );
    expect(aliases).not.toContain('Laos');
    expect(aliases).not.toContain('LA');
    expect(row('RUS')?.aliases).toContain('Russian Federation');
  });
});

describe('resolveCountry', () => {
  it.each([
    ['Laos', 'LAO'],
    ['Lao PDR', 'LAO'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Lao People’s Democratic Republic', 'LAO'],
    ['Russia', 'RUS'],
    ['the Russian Federation', 'RUS'],
    ['UAE', 'ARE'],
    ['U.A.E.', 'ARE'],
    ['United Arab Emirates', 'ARE'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Plurinational State of Bolivia', 'BOL'],
    ['Viet Nam', 'VNM'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['DPRK', 'PRK'],
    ['North Korea', 'PRK'],
    ['the Holy See', 'VAT'],
    ['State of Palestine', 'PSE'],
    ['the Palestinian Authority', 'PSE'],
    ['Palestinian National Authority', 'PSE'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['Swaziland', 'SWZ'],
    ['Cape Verde', 'CPV'],
    ['St. Kitts and Nevis', 'KNA'],
    ['Saint Kitts and Nevis', 'KNA'],
    ['Kosovo', 'UNK'],
    ['Congo', 'COG'],
    ['Korea, Republic of', 'KOR'],
    ['Côte d’Ivoire', 'CIV'],
    ['LAO', 'LAO'],
  ])('%s is %s', (name, code) => {
    expect(resolveCountry(name)).toEqual({ code });
  });

  it('ignores case, accents and a leading "the"', () => {
    for (const name of ['LAOS', 'laos', 'The Laos', 'TÜRKIYE', 'turkíye', 'THE HOLY SEE']) {
      expect(resolveCountry(name)).toHaveProperty('code');
    }
  });

  it('offers the states an ambiguous name may mean', () => {
    expect(resolveCountry('Korea')).toEqual({ candidates: ['North Korea', 'South Korea'] });
  });

  it('offers the closest names for a misspelling', () => {
    const found = resolveCountry('Lavs');
    expect(found).not.toHaveProperty('code');
    expect('candidates' in found && found.candidates[0]).toBe('Laos');
    expect(resolveCountry('Kazakhsatn')).toEqual({ candidates: ['Kazakhstan'] });
  });

  describe.each(Object.values(UNTC_2014_FILES))('every participant of %s', (file) => {
    const rows = untc2014Rows(file);

    it.each(rows.filter((r) => r.iso3 !== '').map((r) => [r.participant_name, r.iso3]))(
      '%s is %s',
      (name, code) => {
        expect(resolveCountry(name)).toEqual({ code });
      },
    );

    it('leaves the European Union (no ISO code) unresolved: it is not a state', () => {
      for (const r of rows.filter((r) => r.iso3 === '')) {
        expect(r.participant_name).toBe('European Union');
        expect(resolveCountry(r.participant_name)).not.toHaveProperty('code');
      }
    });
  });
});
