import type { Request, RequestOptions } from '../../api/client';
import { InstrumentPartiesDocument } from '../../api/generated/graphql';
import { loadPages, MAX_PAGE_SIZE } from '../../api/load-pages';
import type { CorpusDeclaration, CorpusInstrument } from '../../graph/elements';
import type { PartyInstrument } from '../../graph/party-elements';
import { stateOf, type Reference } from './reference';

/**
 * The instruments Signatories draws from these declarations, sorted by id: those they cite and,
 * up the chain, those these supplement. Only their parties are loaded (see
 * {@link loadInstrumentParties}), not those of every instrument the graph holds.
 */
export function drawnInstrumentIds(declarations: readonly CorpusDeclaration[]): string[] {
  const ids = new Set<string>();
  const add = (instrument: CorpusInstrument | null | undefined) => {
    for (let i = instrument; i && !ids.has(i.id); i = i.supplements) ids.add(i.id);
  };
  for (const declaration of declarations) declaration.references.forEach(add);
  return [...ids].sort();
}

/**
 * Loads the parties of the instruments with these ids, a page of ids per request and the
 * requests side by side, each party joined to its state.
 */
export async function loadInstrumentParties(
  request: Request,
  ids: readonly string[],
  states: Reference['states'],
  options: RequestOptions = {},
): Promise<PartyInstrument[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE_SIZE) chunks.push(ids.slice(i, i + MAX_PAGE_SIZE));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      loadPages(
        async (first, after) =>
          (await request(InstrumentPartiesDocument, { ids: chunk, first, after }, options))
            .instruments,
      ),
    ),
  );
  return pages.flatMap(({ nodes }) =>
    nodes.map((node) => ({
      id: node.id,
      parties: node.parties.map((party) => ({
        ...party,
        state: stateOf(states, party.state.code),
      })),
    })),
  );
}
