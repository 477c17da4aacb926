import type { TreatyStatus } from '../api/generated/graphql';

/** A state's standing towards an instrument on a date, as the views group it. */
export const STATUS_KEYS = ['PARTY', 'SIGNED_ONLY', 'NOT_PARTY', 'WITHDRAWN', 'UNKNOWN'] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

/** One row of the API's `Instrument.statusAsOf`. */
export type StatusRow = {
  status: TreatyStatus;
  signedOn?: string | null;
  consentOn?: string | null;
  inForceOn?: string | null;
  withdrawnOn?: string | null;
};

/** Where a state stood, since when, and for parties whether the treaty was in force for it. */
export type Standing = { status: StatusKey; since: string | null; inForce: boolean };

/** Exhaustive: a new API status without a group is a type error. */
const GROUPS: Record<TreatyStatus, StatusKey> = {
  IN_FORCE: 'PARTY',
  BOUND: 'PARTY',
  SIGNED: 'SIGNED_ONLY',
  NOT_PARTY: 'NOT_PARTY',
  WITHDRAWN: 'WITHDRAWN',
  UNKNOWN: 'UNKNOWN',
};

/**
 * The view's standing for one `statusAsOf` row; a state with no row is not party.
 * @example toStanding({ status: 'IN_FORCE', consentOn: '2003-06-25' }) // party since 2003-06-25
 */
export function toStanding(row: StatusRow | undefined): Standing {
  if (!row) return { status: 'NOT_PARTY', since: null, inForce: false };
  const status = GROUPS[row.status];
  const since =
    status === 'PARTY'
      ? (row.consentOn ?? null)
      : status === 'SIGNED_ONLY'
        ? (row.signedOn ?? null)
        : status === 'WITHDRAWN'
          ? (row.withdrawnOn ?? null)
          : null;
  return { status, since, inForce: row.status === 'IN_FORCE' };
}
