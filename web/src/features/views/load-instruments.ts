import type { Request, RequestOptions } from '../../api/client';
import { InstrumentListDocument } from '../../api/generated/graphql';
import type { InstrumentOption } from './default-picks';
import { queryText } from './view-model';

/** One page holds them all: the API caps a page at 100, more than the registry has. */
const INSTRUMENTS_PAGE = 100;

/** The instruments for the pickers, with the parties Signatories draws around them. */
export async function loadInstruments(
  request: Request,
  options: RequestOptions = {},
): Promise<InstrumentOption[]> {
  const data = await request(InstrumentListDocument, { first: INSTRUMENTS_PAGE }, options);
  return data.instruments.edges.map((edge) => edge.node);
}

/** The operation {@link loadInstruments} sends, for the query export. */
export const instrumentsQuery = queryText(InstrumentListDocument, { first: INSTRUMENTS_PAGE });
