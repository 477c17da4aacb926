import type { CompareSide } from '../../graph/compare-elements';
import { shortenLabel, type CorpusDeclaration } from '../../graph/elements';
import type { InstrumentOption } from './default-picks';

/**
 * A declaration or an instrument, by id, as one side of a comparison; undefined when neither.
 * @example compareSide('untoc', { declarations, instruments })
 */
export function compareSide(
  id: string | null,
  lists: { declarations: readonly CorpusDeclaration[]; instruments: readonly InstrumentOption[] },
): CompareSide | undefined {
  const declaration = lists.declarations.find((d) => d.id === id);
  if (declaration) {
    const { title } = declaration;
    return { id: declaration.id, kind: 'Declaration', name: title, label: shortenLabel(title, 40) };
  }
  const instrument = lists.instruments.find((i) => i.id === id);
  return (
    instrument && {
      id: instrument.id,
      kind: 'Instrument',
      name: instrument.name,
      label: instrument.shortName ?? instrument.name,
    }
  );
}
