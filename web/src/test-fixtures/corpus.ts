import type { CorpusDeclaration } from '../graph/elements';

const untoc = {
  id: 'untoc',
  name: 'United Nations Convention against Transnational Organized Crime',
  shortName: 'UNTOC',
  kind: 'CONVENTION',
  adoptedOn: '2000-11-15',
} as const;

/**
 * The seed statement of 30 July 2025 ("Human Trafficking is Organized Crime…"), cut to four of
 * its 22 signatories, one per region. It cites the Palermo Protocol (which supplements UNTOC),
 * UNTOC itself and the Global Plan of Action, and supports UNODC.
 */
export const traffickingStatement: CorpusDeclaration = {
  id: 'decl-trafficking-2025',
  title: 'Human Trafficking is Organized Crime. It’s Time to End Exploitation',
  adoptedOn: '2025-07-30',
  signatories: [
    {
      code: 'BLR',
      name: 'Belarus',
      region: 'Europe',
      subregion: 'Eastern Europe',
      latitude: 53,
      longitude: 28,
    },
    {
      code: 'BOL',
      name: 'Bolivia',
      region: 'Americas',
      subregion: 'South America',
      latitude: -17,
      longitude: -65,
    },
    {
      code: 'LAO',
      name: 'Laos',
      region: 'Asia',
      subregion: 'South-eastern Asia',
      latitude: 18,
      longitude: 105,
    },
    {
      code: 'NGA',
      name: 'Nigeria',
      region: 'Africa',
      subregion: 'Western Africa',
      latitude: 10,
      longitude: 8,
    },
  ],
  references: [
    {
      id: 'palermo-protocol',
      name: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
      shortName: 'Palermo Protocol',
      kind: 'PROTOCOL',
      adoptedOn: '2000-11-15',
      supplements: untoc,
    },
    { ...untoc, supplements: null },
    {
      id: 'global-plan-of-action',
      name: 'United Nations Global Plan of Action to Combat Trafficking in Persons',
      shortName: null,
      kind: 'PLAN',
      adoptedOn: '2010-07-30',
      supplements: null,
    },
  ],
  nonStateSignatories: [],
  organizations: [
    { id: 'unodc', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' },
  ],
  sources: [{ publisher: 'BelTA', title: 'Joint statement on human trafficking' }],
};

/** Synthetic: a second declaration sharing a signatory and an instrument with the first. */
export const sharedNeighbours: CorpusDeclaration = {
  id: 'decl-synthetic',
  title: 'Synthetic statement',
  adoptedOn: null,
  signatories: [
    {
      code: 'BLR',
      name: 'Belarus',
      region: 'Europe',
      subregion: 'Eastern Europe',
      latitude: 53,
      longitude: 28,
    },
    {
      code: 'XKX',
      name: 'Kosovo',
      region: null,
      subregion: null,
      latitude: 42.67,
      longitude: 21.17,
    },
  ],
  references: [{ ...untoc, supplements: null }],
  nonStateSignatories: [{ id: 'eu', name: 'European Union', acronym: 'EU' }],
  organizations: [
    {
      id: 'icat',
      name: 'Inter-Agency Coordination Group against Trafficking in Persons',
      acronym: null,
    },
  ],
  sources: [],
};
