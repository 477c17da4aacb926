import { describe, expect, it } from 'vitest';
import { registryEntries, registryEntry, resolveInstrument, resolveOrganization } from './registry';

describe('instrument registry', () => {
  it('loads and validates against the model', () => {
    expect(registryEntries('Instrument').length).toBeGreaterThan(20);
  });

  it.each([
    [
      'untoc',
      {
        kind: 'convention',
        adoptedOn: '2000-11-15',
        entryIntoForceOn: '2003-09-29',
        untcReference: 'XVIII-12',
      },
    ],
    [
      'untoc-trafficking-protocol',
      {
        kind: 'protocol',
        shortName: 'Trafficking in Persons Protocol',
        adoptedOn: '2000-11-15',
        entryIntoForceOn: '2003-12-25',
        untcReference: 'XVIII-12-a',
      },
    ],
    [
      'untoc-smuggling-protocol',
      { kind: 'protocol', entryIntoForceOn: '2004-01-28', untcReference: 'XVIII-12-b' },
    ],
    [
      'untoc-firearms-protocol',
      {
        kind: 'protocol',
        adoptedOn: '2001-05-31',
        entryIntoForceOn: '2005-07-03',
        untcReference: 'XVIII-12-c',
      },
    ],
    [
      'un-global-plan-of-action-trafficking',
      { kind: 'plan', symbol: 'A/RES/64/293', adoptedOn: '2010-07-30' },
    ],
    ['unodc-global-report-trafficking', { kind: 'report' }],
    ['agenda-2030', { kind: 'resolution', symbol: 'A/RES/70/1' }],
  ])('has %s with its facts', (id, facts) => {
    expect(registryEntry('Instrument', id)).toMatchObject(facts);
  });

  it.each([
    ['Palermo Protocol', 'untoc-trafficking-protocol'],
    ['the Palermo Protocol', 'untoc-trafficking-protocol'],
    ['Trafficking in Persons Protocol', 'untoc-trafficking-protocol'],
    [
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
      'untoc-trafficking-protocol',
    ],
    ['UN Convention against Transnational Organized Crime', 'untoc'],
    ['untoc', 'untoc'],
    ['UNTOC', 'untoc'],
    [
      'UN Global Plan of Action to Combat Trafficking in Persons',
      'un-global-plan-of-action-trafficking',
    ],
    ['UNODC Global Report on Trafficking in Persons', 'unodc-global-report-trafficking'],
    ['Universal Declaration of Human Rights', 'udhr'],
    ['forced labour protocol', 'ilo-p029'],
    ['Protocol of 2014 to the Forced Labour Convention', 'ilo-p029'],
    ['Arms Trade Treaty', 'arms-trade-treaty'],
    ['NPT', 'npt'],
    ['Chemical Weapons Convention', 'cwc'],
    ['Biological Weapons Convention', 'bwc'],
    ['1967 Protocol relating to the Status of Refugees', 'refugee-protocol-1967'],
    ['SDG 8.7', 'agenda-2030'],
    ['Палермский протокол', 'untoc-trafficking-protocol'],
    ['Protocolo de Palermo', 'untoc-trafficking-protocol'],
    ['Convention des Nations Unies contre la criminalité transnationale organisée', 'untoc'],
  ])('resolves %s to %s, ignoring case and "the"', (name, id) => {
    expect(resolveInstrument(name)).toEqual({ id });
  });

  it('offers close ids for an unknown name', () => {
    expect(resolveInstrument('untok')).toEqual({ candidates: ['untoc'] });
    expect(resolveInstrument('Palermo')).toEqual({
      candidates: ['untoc', 'untoc-trafficking-protocol'],
    });
  });
});

describe('organization registry', () => {
  it.each([
    ['UNODC', 'unodc'],
    ['UN Office on Drugs and Crime', 'unodc'],
    ['United Nations Office on Drugs and Crime', 'unodc'],
    ['ICAT', 'icat'],
    ['Inter-Agency Coordination Group against Trafficking in Persons', 'icat'],
    ['IOM', 'iom'],
    ['the European Union', 'eu'],
    ['Council of Europe', 'council-of-europe'],
    ['Interpol', 'interpol'],
    ['UN Women', 'un-women'],
    ['Human Rights Council', 'un-human-rights-council'],
    ['UN Security Council', 'un-security-council'],
    ['ОБСЕ', 'osce'],
    ['УНП ООН', 'unodc'],
    ['Unión Europea', 'eu'],
    ['OIM', 'iom'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolveOrganization(name)).toEqual({ id });
  });

  it('offers close ids for a misspelling', () => {
    const found = resolveOrganization('UNDOC');
    expect('candidates' in found && found.candidates[0]).toBe('unodc');
  });
});
