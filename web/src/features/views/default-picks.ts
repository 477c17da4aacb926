import type { CorpusDeclaration, CorpusInstrument } from '../../graph/elements';

/** An instrument as the pickers list it: lean, its parties counted, not listed. */
export type InstrumentOption = CorpusInstrument & {
  entryIntoForceOn?: string | null;
  partyCount: number;
};

const TREATY_KINDS = ['PROTOCOL', 'CONVENTION'];

/**
 * The declaration and instrument Treaty status and Compare start from when the URL names none:
 * the first (newest) declaration, and the first treaty it cites.
 * @example defaultPicks(corpus.declarations, instruments)
 */
export function defaultPicks(
  declarations: readonly CorpusDeclaration[],
  instruments: readonly InstrumentOption[],
): { declaration: string | null; instrument: string | null } {
  const declaration = declarations[0] ?? null;
  const cited = declaration?.references.find((r) => TREATY_KINDS.includes(r.kind));
  const instrument =
    cited ?? instruments.find((i) => TREATY_KINDS.includes(i.kind)) ?? instruments[0];
  return { declaration: declaration?.id ?? null, instrument: instrument?.id ?? null };
}
