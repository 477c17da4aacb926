/** One state's record for an instrument, as `Instrument.parties` gives it. */
export type PartyDates = {
  signedOn?: string | null;
  consentOn?: string | null;
  consentType?: string | null;
  withdrawnOn?: string | null;
};

/** What happened in one year, and where the instrument stood at its end. */
export type YearCount = {
  year: number;
  /** Signatures dated that year. */
  signed: number;
  /** Consents to be bound (ratification, accession…) dated that year. */
  bound: number;
  /** Withdrawals that took effect that year. */
  withdrawn: number;
  /** States bound and not withdrawn at the year's end (or on the date, in its last year). */
  parties: number;
};

export type YearCounts = {
  years: YearCount[];
  /** Consents recorded without a date: counted in no year. */
  undated: number;
};

const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * Signatures, consents and withdrawals per year up to `date` (inclusive), every year from the
 * first event to the last shown even when nothing happened in it, with the running count of
 * parties.
 * @example yearCounts([{ consentOn: '2003-05-02' }, { consentOn: '2004-01-09' }], '2025-12-31')
 * // { years: [{ year: 2003, bound: 1, parties: 1, … }, { year: 2004, bound: 1, parties: 2, … }], undated: 0 }
 */
export function yearCounts(parties: readonly PartyDates[], date: string): YearCounts {
  const by = (day: string | null | undefined): day is string =>
    typeof day === 'string' && day <= date;
  const events = new Map<number, { signed: number; bound: number; withdrawn: number }>();
  const count = (day: string, field: 'signed' | 'bound' | 'withdrawn') => {
    const year = yearOf(day);
    const entry = events.get(year) ?? { signed: 0, bound: 0, withdrawn: 0 };
    entry[field] += 1;
    events.set(year, entry);
  };
  let undated = 0;
  for (const party of parties) {
    if (by(party.signedOn)) count(party.signedOn, 'signed');
    if (by(party.consentOn)) count(party.consentOn, 'bound');
    else if (!party.consentOn && party.consentType) undated += 1;
    // A withdrawal counts against parties only when its consent was counted.
    if (by(party.withdrawnOn) && by(party.consentOn)) count(party.withdrawnOn, 'withdrawn');
  }
  const known = [...events.keys()];
  if (known.length === 0) return { years: [], undated };
  const years: YearCount[] = [];
  let standing = 0;
  for (let year = Math.min(...known); year <= Math.max(...known); year += 1) {
    const entry = events.get(year) ?? { signed: 0, bound: 0, withdrawn: 0 };
    standing += entry.bound - entry.withdrawn;
    years.push({ year, ...entry, parties: standing });
  }
  return { years, undated };
}

/**
 * The years as CSV (RFC 4180; no cell needs quoting).
 * @example yearCsv([{ year: 2003, signed: 0, bound: 1, withdrawn: 0, parties: 1 }])
 * // 'year,signed,bound,withdrawn,parties\r\n2003,0,1,0,1\r\n'
 */
export function yearCsv(years: readonly YearCount[]): string {
  const lines = [
    'year,signed,bound,withdrawn,parties',
    ...years.map((y) => [y.year, y.signed, y.bound, y.withdrawn, y.parties].join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
