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

/** A GGO stateID as a participant: a State code, or why it is none. */
export type GgoParticipant = { code: string } | { reason: string };

/**
 * The participant a GGO stateID names: a gazetteer state or one of the former states the
 * graph knows (Czechoslovakia CSK, Yugoslavia YUG, Serbia and Montenegro SCG, the German
 * Democratic Republic DDR, the Yemen People's Republic YMD: `reference/vote-entities.yaml`).
 * Any other code is reported with `notAState` (the European Union is coded EUE, EUU or EC).
 * @example ggoParticipant('GDR') // { code: 'DDR' }
 */
export function ggoParticipant(stateID: string): GgoParticipant {
  const code = GGO_STATE_CODES[stateID] ?? stateID;
  if (voterResolver().stateRow(code)) return { code };
  return { reason: notAState(GGO_ORGANIZATIONS[stateID] ?? stateID) };
}
