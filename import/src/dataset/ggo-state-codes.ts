import { resolveOrganization } from '../resolve/registry';
import { voterResolver } from '../votes/vote-entities';
import { notAState } from './not-a-state';

/**
 * GGO state codes that are not the gazetteer's ISO 3166-1 alpha-3 code of the same state:
 * Correlates of War codes (YAR, LES, GDR, YPR), withdrawn ISO codes (ROM) and slips of the
 * coders (VAE for the Vereinigte Arabische Emirate, QAR, BZL), each checked against the
 * agreements it is coded on.
 */
const GGO_STATE_CODES: Record<string, string> = {
  ALG: 'DZA',
  ROM: 'ROU',
  KOS: 'UNK',
  Kosovo: 'UNK',
  LES: 'LSO',
  BZL: 'BRA',
  VAE: 'ARE',
  QAR: 'QAT',
  // The Sahrawi Arab Democratic Republic, on African Union agreements.
  SAR: 'ESH',
  // The Yemen Arab Republic: Yemen continues its UN membership.
  YAR: 'YEM',
  GDR: 'DDR',
  YPR: 'YMD',
};

/** GGO's codes of the European Union (and the European Community it succeeded). */
const GGO_ORGANIZATIONS: Record<string, string> = {
  EUE: 'European Union',
  EUU: 'European Union',
  EC: 'European Union',
};

/** A GGO stateID as a participant: a State code, an Organization id, or why it is neither. */
export type GgoParticipant = { code: string } | { organization: string } | { reason: string };

/**
 * The registry organization a GGO stateID names: its code (EUE), its name with or without
 * GGO's `IO-` prefix, or an acronym followed by the name ("WHO World Health Organization",
 * spelt as the coders spelt it).
 */
function ggoOrganization(stateID: string): string | undefined {
  const name = GGO_ORGANIZATIONS[stateID] ?? stateID.replace(/^IO-/, '');
  for (const candidate of [name, name.split(' ')[0] ?? name]) {
    const known = resolveOrganization(candidate);
    if ('id' in known) return known.id;
  }
  return undefined;
}

/**
 * The participant a GGO stateID names: a gazetteer state or one of the former states the
 * graph knows (Czechoslovakia CSK, Yugoslavia YUG, Serbia and Montenegro SCG, the German
 * Democratic Republic DDR, the Yemen People's Republic YMD: `reference/vote-entities.yaml`).
 * A registry organization is one too (the European Union is coded EUE, EUU or EC); any other
 * code is reported with `notAState`.
 * @example ggoParticipant('GDR') // { code: 'DDR' }
 * @example ggoParticipant('EUE') // { organization: 'eu' }
 */
export function ggoParticipant(stateID: string): GgoParticipant {
  const code = GGO_STATE_CODES[stateID] ?? stateID;
  if (voterResolver().stateRow(code)) return { code };
  const organization = ggoOrganization(stateID);
  if (organization) return { organization };
  return { reason: notAState(stateID) };
}
