import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The UN General Assembly vote data, read in place (never copied into the repository). */
export const VOTES_DIR = fileURLToPath(
  new URL('../../../shared/data/unga-votes-voeten/', import.meta.url),
);

export type CsvVote = { rcid: string; alpha2: string; vote: string };

/**
 * The figures tests check the API against, read from the CSV files independently of the
 * importer: roll-call dates from each row's leading `rcid,session,importantvote,date`, votes
 * from each line's first and last two fields (country names may hold commas, codes and votes
 * never do).
 */
export function readVoeten(): { dates: Map<string, string>; votes: CsvVote[] } {
  const dates = new Map<string, string>();
  for (const line of readFileSync(`${VOTES_DIR}roll_calls.csv`, 'utf8').split('\n')) {
    const match = /^(\d+),\d*,\d*,(\d{4}-\d{2}-\d{2}),/.exec(line);
    if (match?.[1] && match[2]) dates.set(match[1], match[2]);
  }
  const votes = readFileSync(`${VOTES_DIR}votes.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const cells = line.split(',');
      return { rcid: cells[0] ?? '', alpha2: cells.at(-2) ?? '', vote: cells.at(-1) ?? '' };
    });
  return { dates, votes };
}

/** Agreement of two alpha-2 codes by the API's definition, over roll calls in [from, to]. */
export function csvAgreement(
  data: ReturnType<typeof readVoeten>,
  pair: { a: string; b: string; from: string; to: string; rcids?: Set<string> },
): { agreed: number; compared: number } {
  const byRollCall = new Map<string, Map<string, string>>();
  for (const v of data.votes) {
    if (v.alpha2 !== pair.a && v.alpha2 !== pair.b) continue;
    if (pair.rcids && !pair.rcids.has(v.rcid)) continue;
    const date = data.dates.get(v.rcid) ?? '';
    if (date < pair.from || date > pair.to) continue;
    const votes = byRollCall.get(v.rcid) ?? new Map<string, string>();
    votes.set(v.alpha2, v.vote);
    byRollCall.set(v.rcid, votes);
  }
  let agreed = 0;
  let compared = 0;
  for (const votes of byRollCall.values()) {
    if (votes.size < 2) continue;
    compared += 1;
    if (votes.get(pair.a) === votes.get(pair.b)) agreed += 1;
  }
  return { agreed, compared };
}

/** The rcids the CSV tags with an issue code. */
export function csvIssueRollCalls(code: string): Set<string> {
  const rows = readFileSync(`${VOTES_DIR}roll_call_issues.csv`, 'utf8').split('\n').slice(1);
  return new Set(
    rows
      .map((line) => line.split(','))
      .filter((c) => c[1] === code)
      .map((c) => c[0] ?? ''),
  );
}
