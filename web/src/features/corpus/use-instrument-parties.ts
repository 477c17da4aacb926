import { request } from '../../api/client';
import { useLoad, type LoadState } from '../../api/use-load';
import type { PartyInstrument } from '../../graph/party-elements';
import { loadInstrumentParties } from './instrument-parties';
import type { Reference } from './reference';

/** The parties of the instruments with these ids (null: none wanted), loaded when the ids change. */
export function useInstrumentParties(
  ids: readonly string[] | null,
  states: Reference['states'],
): [LoadState<PartyInstrument[]>, () => void] {
  return useLoad(ids && `instrument-parties:${ids.join(',')}`, (signal) =>
    loadInstrumentParties(request, { ids: ids ?? [], states }, { signal }),
  );
}
