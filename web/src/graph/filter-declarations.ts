import type { RegionKey } from './regions';
import { toRegionKey } from './regions';
import type { CorpusDeclaration } from './elements';

export type DeclarationFilters = {
  /** Keep only signatories of these regions; empty keeps all. */
  regions: readonly RegionKey[];
  /** Keep only this declaration. */
  declaration: string | null;
  /** Keep only declarations citing this instrument, directly or through a protocol of it. */
  instrument: string | null;
  /** Keep declarations adopted in these years, inclusive; undated ones only when both are open. */
  from: number | null;
  to: number | null;
};

/**
 * The declarations a view draws, with signatories outside the chosen regions left out.
 * @example filterDeclarations(corpus, { regions: ['Asia'], declaration: null, instrument: null, from: 2020, to: null })
 */
export function filterDeclarations(
  declarations: readonly CorpusDeclaration[],
  filters: DeclarationFilters,
): CorpusDeclaration[] {
  const { regions, declaration, instrument, from, to } = filters;
  const inYears = (adoptedOn: string | null | undefined): boolean => {
    if (from === null && to === null) return true;
    if (!adoptedOn) return false;
    const year = Number(adoptedOn.slice(0, 4));
    return (from === null || year >= from) && (to === null || year <= to);
  };
  const cites = (d: CorpusDeclaration): boolean =>
    instrument === null ||
    d.references.some((r) => r.id === instrument || r.supplements?.id === instrument);
  const wanted = new Set(regions);
  return declarations
    .filter(
      (d) => (declaration === null || d.id === declaration) && cites(d) && inYears(d.adoptedOn),
    )
    .map((d) =>
      wanted.size === 0
        ? d
        : { ...d, signatories: d.signatories.filter((s) => wanted.has(toRegionKey(s.region))) },
    );
}
