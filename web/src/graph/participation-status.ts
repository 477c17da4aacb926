import type { TreatyStatus } from '../api/generated/graphql';

/** A state's standing towards an instrument on a date, as the views group it. */
export const STATUS_KEYS = [
  'PARTY',
  'SIGNED_ONLY',
  'NOT_PARTY',
  'WITHDRAWN',
  'UNKNOWN',
  'NO_RECORD',
] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

/** One row of the API's `Instrument.statusAsOf`. */
export type StatusRow = {
  status: TreatyStatus;
  signedOn?: string | null;
  consentOn?: string | null;
  inForceOn?: string | null;
  withdrawnOn?: string | null;
  asOf?: string | null;
  dataAsOf?: string | null;
  source?: { title?: string | null; publisher?: string | null } | null;
};

/**
 * Where a state stood, since when, for parties whether the treaty was in force for it, and what
 * says so: the source's name, the date its data is as at, and `dataAsOf` when the date asked is
 * later than that date.
 */
export type Standing = {
  status: StatusKey;
  since: string | null;
  inForce: boolean;
  source: string | null;
  asOf: string | null;
  dataAsOf: string | null;
};

/** Exhaustive: a new API status without a group is a type error. */
const GROUPS: Record<TreatyStatus, StatusKey> = {
  IN_FORCE: 'PARTY',
  BOUND: 'PARTY',
  SIGNED: 'SIGNED_ONLY',
  NOT_PARTY: 'NOT_PARTY',
  WITHDRAWN: 'WITHDRAWN',
  UNKNOWN: 'UNKNOWN',
  NO_RECORD: 'NO_RECORD',
};

/**
 * The view's standing for one `statusAsOf` row; a state the API gave no row has no record.
 * @example toStanding({ status: 'IN_FORCE', consentOn: '2003-06-25' }) // party since 2003-06-25
 */
export function toStanding(row: StatusRow | undefined): Standing {
  const none = { source: null, asOf: null, dataAsOf: null };
  if (!row) return { status: 'NO_RECORD', since: null, inForce: false, ...none };
  const status = GROUPS[row.status];
  const since =
    status === 'PARTY'
      ? (row.consentOn ?? null)
      : status === 'SIGNED_ONLY'
        ? (row.signedOn ?? null)
        : status === 'WITHDRAWN'
          ? (row.withdrawnOn ?? null)
          : null;
  return {
    status,
    since,
    inForce: row.status === 'IN_FORCE',
    source: row.source ? (row.source.publisher ?? row.source.title ?? null) : null,
    asOf: row.asOf ?? null,
    dataAsOf: row.dataAsOf ?? null,
  };
}
