/**
 * GGO state codes that are not the gazetteer's ISO 3166-1 alpha-3 code of the same state
 * (Correlates of War or withdrawn ISO codes). Codes of states that no longer exist
 * (YUG, CSK, DDR...) and of organizations (EUE, EUU...) are not here: their rows are reported.
 */
export const GGO_STATE_CODES: Record<string, string> = {
  ALG: 'DZA',
  ROM: 'ROU',
  KOS: 'UNK',
  Kosovo: 'UNK',
};
