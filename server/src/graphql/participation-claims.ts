import { partyOn } from '../analysis/treaty-status';
import type { Context } from '../context';
import type { RelationshipRecord, StateRecord } from '../records';
import type { ParticipationRecord } from './refs';
import { participationFacts } from './participation-facts';
import { relatedRows } from './related';
import { relationshipString } from './relationship-values';

/** One source's account of one participation, as stored. */
export type ClaimRecord = ParticipationRecord;

/** Where two or more claims on one participation disagree, and the claims on each side. */
export type ConflictRecord<T = ClaimRecord> = { field: string; claims: T[] };

/**
 * Every claim on a participation: the PARTICIPATION_CLAIM relationships of its state and
 * instrument (one batch per instrument), and the PARTY_TO fact itself when it came from a
 * document or status table rather than from a claim.
 */
export async function claimsOf(
  participation: ParticipationRecord,
  context: Context,
): Promise<ClaimRecord[]> {
  const { state, instrument, rel } = participation;
  const rows = await relatedRows<StateRecord>(context, {
    type: 'PARTICIPATION_CLAIM',
    direction: 'reverse',
    key: instrument.id,
  });
  const claims = rows
    .filter((row) => row.node.code === state.code)
    .map((row) => ({ state, instrument, rel: row.rel }));
  const source = relationshipString(rel, 'source');
  const fromClaim = claims.some((c) => relationshipString(c.rel, 'source') === source);
  return fromClaim || claims.length === 0 ? claims : [participation, ...claims];
}

const DATES = ['signedOn', 'consentOn', 'withdrawnOn'] as const;

const isParty = (rel: RelationshipRecord) => partyOn(null, participationFacts(rel, null));

/**
 * The disagreements among claims: a date two claims give differently (`signedOn`,
 * `consentOn`, `withdrawnOn`), and `party` when one claim has the state bound and another not.
 * A date only one claim gives is no disagreement.
 */
export function conflictsOf<T extends { rel: RelationshipRecord }>(
  claims: T[],
): ConflictRecord<T>[] {
  const conflicts: ConflictRecord<T>[] = [];
  for (const field of DATES) {
    const giving = claims.filter((c) => relationshipString(c.rel, field) !== null);
    if (new Set(giving.map((c) => relationshipString(c.rel, field))).size > 1) {
      conflicts.push({ field, claims: giving });
    }
  }
  if (new Set(claims.map((c) => isParty(c.rel))).size > 1) {
    conflicts.push({ field: 'party', claims });
  }
  return conflicts;
}
