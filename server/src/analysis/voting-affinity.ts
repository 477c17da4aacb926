/** One roll call's votes packed 4 characters each: state code, then Y, N or A ("USAYCANN…"). */
export type RollCallVotes = { rollCall: string; votes: string };

/** How often two states voted alike. */
export type Affinity = {
  /** Share of `votesCompared` on which both cast the same choice, 0 to 1; null if none. */
  agreement: number | null;
  /** Roll calls in the window on which both voted (YES, NO or ABSTAIN; absence is no vote). */
  votesCompared: number;
};

/**
 * One state's votes over a window as bitsets, one bit per roll call: a set of roll calls per
 * choice, so two states' agreement is a few popcounts per 32 roll calls.
 */
export type VoteLine = { yes: Uint32Array; no: Uint32Array; abstain: Uint32Array };

/** States' votes over a window of roll calls, states in code order. */
export type VoteMatrix = { states: string[]; rollCalls: number; choices: Map<string, VoteLine> };

const CHOICE_KEYS = { Y: 'yes', N: 'no', A: 'abstain' } as const;

/** The matrix of a window's votes. */
export function voteMatrix(rows: readonly RollCallVotes[]): VoteMatrix {
  const words = Math.ceil(rows.length / 32);
  const choices = new Map<string, VoteLine>();
  rows.forEach((row, i) => {
    for (let at = 0; at + 4 <= row.votes.length; at += 4) {
      const state = row.votes.slice(at, at + 3);
      const key = CHOICE_KEYS[row.votes[at + 3] as keyof typeof CHOICE_KEYS];
      if (!key) continue;
      let line = choices.get(state);
      if (!line) {
        line = {
          yes: new Uint32Array(words),
          no: new Uint32Array(words),
          abstain: new Uint32Array(words),
        };
        choices.set(state, line);
      }
      const set = line[key];
      set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31));
    }
  });
  return { states: [...choices.keys()].sort(), rollCalls: rows.length, choices };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Roll calls both voted on, and those on which they voted alike. */
export function agreementCounts(a: VoteLine, b: VoteLine): { agreed: number; compared: number } {
  let agreed = 0;
  let compared = 0;
  // Both lines have the same length; `?? 0` only satisfies the index check.
  for (let w = 0; w < a.yes.length; w++) {
    const ay = a.yes[w] ?? 0;
    const an = a.no[w] ?? 0;
    const aa = a.abstain[w] ?? 0;
    const by = b.yes[w] ?? 0;
    const bn = b.no[w] ?? 0;
    const ba = b.abstain[w] ?? 0;
    compared += popcount((ay | an | aa) & (by | bn | ba));
    agreed += popcount(ay & by) + popcount(an & bn) + popcount(aa & ba);
  }
  return { agreed, compared };
}

/** Affinity from counts of roll calls both voted on and of those they voted alike on. */
export function affinity(agreed: number, compared: number): Affinity {
  return { agreement: compared === 0 ? null : agreed / compared, votesCompared: compared };
}

/** Every pair of the matrix's states that voted together at least `minCompared` times. */
export function affinityPairs(
  matrix: VoteMatrix,
  minCompared: number,
): { source: string; target: string; agreement: number; votesCompared: number }[] {
  const pairs = [];
  const { states, choices } = matrix;
  for (let i = 0; i < states.length; i++) {
    for (let j = i + 1; j < states.length; j++) {
      const [source, target] = [states[i] ?? '', states[j] ?? ''];
      const [a, b] = [choices.get(source), choices.get(target)];
      if (!a || !b) continue;
      const { agreed, compared } = agreementCounts(a, b);
      if (compared >= minCompared && compared > 0) {
        pairs.push({ source, target, agreement: agreed / compared, votesCompared: compared });
      }
    }
  }
  return pairs;
}

/** Mean of the agreements of `state` with each of `others` (pairs never compared left out). */
export function meanAgreement(
  matrix: VoteMatrix,
  state: string,
  others: readonly string[],
): { agreement: number | null; votesCompared: number } {
  const own = matrix.choices.get(state);
  let sum = 0;
  let pairs = 0;
  let votesCompared = 0;
  for (const other of others) {
    const line = matrix.choices.get(other);
    if (!own || !line || other === state) continue;
    const { agreed, compared } = agreementCounts(own, line);
    if (compared === 0) continue;
    sum += agreed / compared;
    pairs += 1;
    votesCompared += compared;
  }
  return { agreement: pairs === 0 ? null : sum / pairs, votesCompared };
}
