import type { Request, RequestOptions } from '../../api/client';
import { InstrumentPartiesDocument } from '../../api/generated/graphql';
import { loadByIds } from '../../api/load-by-ids';
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

/** Loads the parties of the instruments with these ids, each party joined to its state. */
export async function loadInstrumentParties(
  request: Request,
  { ids, states }: { ids: readonly string[]; states: Reference['states'] },
  options: RequestOptions = {},
): Promise<PartyInstrument[]> {
  const nodes = await loadByIds(
    ids,
    async (chunk, first, after) =>
      (await request(InstrumentPartiesDocument, { ids: chunk, first, after }, options)).instruments,
  );
  return nodes.map((node) => ({
    id: node.id,
    parties: node.parties.map((party) => ({ ...party, state: stateOf(states, party.state.code) })),
  }));
}
