import type { Request, RequestOptions } from '../../api/client';
import { InstrumentsByIdDocument } from '../../api/generated/graphql';
import { loadByIds } from '../../api/load-by-ids';
import type { InstrumentOption } from '../views/default-picks';
import type { CorpusRows } from './load-corpus';
import { joinInstruments, type InstrumentRow } from './reference';

/** The ids of the instruments these declarations cite, once each. */
export function citedIds(rows: CorpusRows): string[] {
  return [...new Set(rows.declarations.flatMap((d) => d.references.map((r) => r.id)))];
}

/**
 * Loads these instruments and, round after round, those they supplement, joined: what the
 * views draw for the declarations' citations, without the whole list of instruments.
 */
export async function loadCitedInstruments(
  request: Request,
  ids: readonly string[],
  options: RequestOptions = {},
): Promise<InstrumentOption[]> {
  const rows: InstrumentRow[] = [];
  const asked = new Set<string>();
  let wanted = [...new Set(ids)];
  while (wanted.length > 0) {
    for (const id of wanted) asked.add(id);
    const loaded = await loadByIds(
      wanted,
      async (chunk, first, after) =>
        (await request(InstrumentsByIdDocument, { ids: chunk, first, after }, options)).instruments,
    );
    rows.push(...loaded);
    const supplemented = loaded.flatMap((row) => (row.supplements ? [row.supplements.id] : []));
    wanted = [...new Set(supplemented)].filter((id) => !asked.has(id));
  }
  return joinInstruments(rows);
}
