/** A state's standing towards an instrument on one date. */
export const treatyStatuses = [
  'NOT_PARTY',
  'NO_RECORD',
  'SIGNED',
  'BOUND',
  'IN_FORCE',
  'WITHDRAWN',
  'UNKNOWN',
] as const;
export type TreatyStatus = (typeof treatyStatuses)[number];

/** One PARTY_TO relationship as stored (ISO dates), with its instrument's entry into force. */
export type ParticipationFacts = {
  signedOn?: string | null;
  consentOn?: string | null;
  consentType?: string | null;
  withdrawnOn?: string | null;
  /** When the source itself says the instrument entered into force for the state. */
  inForceOn?: string | null;
  /** The evidence's date: a consent recorded without its date was given by then. */
  asOf?: string | null;
  entryIntoForceOn?: string | null;
  /** Id of the Source the record follows. */
  source?: string | null;
};

/**
 * When the instrument entered into force for the state: the date the source gives, else the
 * later of its consent and the instrument's own entry into force. Null while either is unknown. Treaty-specific delays after
 * deposit (UNTOC's thirtieth day) are not in the data, so the consent date stands for them.
 * @example inForceOn({ consentOn: '2003-09-26', entryIntoForceOn: '2003-09-29' }) // '2003-09-29'
 */
export function inForceOn(facts: ParticipationFacts): string | null {
  if (facts.inForceOn) return facts.inForceOn;
  const { consentOn, entryIntoForceOn } = facts;
  if (!consentOn || !entryIntoForceOn) return null;
  return consentOn > entryIntoForceOn ? consentOn : entryIntoForceOn;
}

/**
 * Status on `date` (ISO strings compare as dates): withdrawn once the withdrawal took effect,
 * in force from the date the source gives for the state or once consent was given and the instrument was in force for the state, bound once
 * consent was given, signed once signed, otherwise not (yet) party. A consent recorded without
 * its date counts from the evidence's `asOf`; before that (or with no `asOf`) it is UNKNOWN
 * whether the consent had come.
 */
export function statusOn(date: string, facts: ParticipationFacts): TreatyStatus {
  const by = (d: string | null | undefined) => d !== null && d !== undefined && d <= date;
  if (by(facts.withdrawnOn)) return 'WITHDRAWN';
  if (by(facts.inForceOn)) return 'IN_FORCE';
  if (facts.consentOn) {
    if (by(facts.consentOn)) return by(inForceOn(facts)) ? 'IN_FORCE' : 'BOUND';
  } else if (facts.consentType) {
    if (!by(facts.asOf)) return 'UNKNOWN';
    return by(facts.entryIntoForceOn) ? 'IN_FORCE' : 'BOUND';
  }
  return by(facts.signedOn) ? 'SIGNED' : 'NOT_PARTY';
}

/**
 * Whether the state counts as a party on `date`: consent given (BOUND or IN_FORCE) and not
 * withdrawn. Null when the data cannot tell (an UNKNOWN status). With no date, any recorded
 * consent counts and any withdrawal excludes, whenever they happened.
 * @example partyOn('2019-01-01', { consentType: 'accession', asOf: '2020-07-30' }) // null
 */
export function partyOn(date: string | null, facts: ParticipationFacts): boolean | null {
  if (date === null)
    return Boolean(facts.consentOn || facts.consentType || facts.inForceOn) && !facts.withdrawnOn;
  const status = statusOn(date, facts);
  return status === 'UNKNOWN' ? null : status === 'BOUND' || status === 'IN_FORCE';
}

/** A source's participation table for an instrument (a COVERS relationship), as at a date. */
export type Coverage = { source: string; asOf: string | null; complete: boolean };

/**
 * The table that decides "not party" for states it leaves out: the newest complete one with an
 * as-at date. Null when no source declares a complete table for the instrument.
 */
export function completeTable(coverages: readonly Coverage[]): Coverage | null {
  let best: Coverage | null = null;
  for (const c of coverages) {
    if (!c.complete || !c.asOf) continue;
    if (!best || c.asOf > (best.asOf ?? '') || (c.asOf === best.asOf && c.source < best.source))
      best = c;
  }
  return best;
}

/** A status with what it rests on: the source, the date its data is as at, and, when the date asked is later than that, the same as-at date again as a warning. */
export type StatusAnswer = {
  status: TreatyStatus;
  source: string | null;
  asOf: string | null;
  dataAsOf: string | null;
};

/**
 * A state's status on `date` with what it rests on. With a record, the record's status and
 * evidence. Without one, NOT_PARTY only when a complete table covers the instrument (as at that
 * table's date); otherwise NO_RECORD: a partial table or a registry entry says nothing of the
 * states it leaves out.
 * @example statusAnswer('2026-12-02', null, { source: 'src-untc', asOf: '2015-03-14', complete: true })
 *   // { status: 'NOT_PARTY', source: 'src-untc', asOf: '2015-03-14', dataAsOf: '2015-03-14' }
 */
export function statusAnswer(
  date: string,
  facts: ParticipationFacts | null,
  complete: Coverage | null,
): StatusAnswer {
  const rested = (status: TreatyStatus, source: string | null, asOf: string | null) => ({
    status,
    source,
    asOf,
    dataAsOf: asOf !== null && date > asOf ? asOf : null,
  });
  if (facts) return rested(statusOn(date, facts), facts.source ?? null, facts.asOf ?? null);
  if (complete) return rested('NOT_PARTY', complete.source, complete.asOf);
  return { status: 'NO_RECORD', source: null, asOf: null, dataAsOf: null };
}
