import type { Corpus } from '../corpus/generate';
import { percentile } from '../stats';

/** The arguments the API questions are asked with, chosen from the corpus deterministically. */
export type Probes = {
  /** A declaration with a large but typical signatory list (90th percentile). */
  declarationId: string;
  /** Another declaration from the same bloc, to compare with the first. */
  otherDeclarationId: string;
  /** The state of median activity: a typical analyst's question, not the worst hub. */
  stateCode: string;
  searchText: string;
};

export function chooseProbes(corpus: Corpus): Probes {
  const { declarations } = corpus;
  const target = percentile(
    declarations.map((d) => d.signatories.length),
    90,
  );
  const first = declarations.reduce((best, d) =>
    Math.abs(d.signatories.length - target) < Math.abs(best.signatories.length - target) ? d : best,
  );
  const other =
    declarations.find(
      (d) => d.id !== first.id && d.blocs[0] === first.blocs[0] && d.signatories.length >= 5,
    ) ?? declarations.find((d) => d.id !== first.id);
  const activity = new Map<string, number>();
  for (const d of declarations) {
    for (const code of d.signatories) activity.set(code, (activity.get(code) ?? 0) + 1);
  }
  const ranked = [...activity.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const state = ranked[Math.floor(ranked.length / 2)];
  if (!other || !state) throw new Error('the corpus needs at least two declarations');
  return {
    declarationId: first.id,
    otherDeclarationId: other.id,
    stateCode: state[0],
    searchText: 'maritime',
  };
}
