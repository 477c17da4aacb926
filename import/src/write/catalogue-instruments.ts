import { catalogueInstrumentId, identifierKey, parseIdentifierKey } from '@treatygraph/schema';
import type { ImportDocument, NodeRow } from '@treatygraph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { knownInstruments, matchInstruments } from '../dataset/match-instruments';
import type { Props } from '../dataset/plan-dataset';
import { registryEntry } from '../resolve/registry';

type Input = { file: string; document: ImportDocument };

/** A row a reader made from a catalogue number alone (`untc-iv-15`), with its identifier. */
function catalogueRow(row: NodeRow) {
  const { id, name, adoptedOn, identifiers } = row;
  const [key, ...more] = Array.isArray(identifiers) ? (identifiers as string[]) : [];
  const identifier = key === undefined ? undefined : parseIdentifierKey(key);
  if (typeof id !== 'string' || typeof name !== 'string' || !identifier || more.length > 0) {
    return undefined;
  }
  if (registryEntry('Instrument', id) || catalogueInstrumentId(identifier) !== id) return undefined;
  return { id, name, identifier, ...(typeof adoptedOn === 'string' && { adoptedOn }) };
}

/** The document with instrument `from` called `to`; its row dropped when `to` is stored. */
function renamed(
  document: ImportDocument,
  rename: { from: string; to: string; stored: boolean },
): ImportDocument {
  const { from, to, stored } = rename;
  const { Instrument: rows = [], ...nodes } = document.nodes;
  const Instrument = stored
    ? rows.filter((r) => r.id !== from)
    : rows.map((r) => (r.id === from ? { ...r, id: to } : r));
  const relationships = document.relationships.map((r) => ({
    ...r,
    ...(r.from === from && { from: to }),
    ...(r.to === from && { to }),
  }));
  return {
    ...document,
    nodes: Instrument.length > 0 ? { ...nodes, Instrument } : nodes,
    relationships,
  };
}

/**
 * A status page of a treaty the registry lacks brings an instrument of its own, named by its
 * UNTC number. The graph may hold that treaty already: under the same number (a dataset folder
 * or an earlier page brought it) or by title and date of adoption (matched as dataset folders
 * are). Such a document is pointed at the stored instrument and its own row dropped, so that
 * the stored names and kind stay; otherwise the row is created. Unsure matches are told.
 */
export async function joinCatalogueInstruments<T extends Input>(
  tx: ManagedTransaction,
  inputs: T[],
  progress: (message: string) => void,
): Promise<T[]> {
  const wanted = inputs.flatMap(({ file, document }) =>
    (document.nodes.Instrument ?? []).flatMap((node) => {
      const row = catalogueRow(node);
      return row ? [{ ...row, file, line: 1 }] : [];
    }),
  );
  if (wanted.length === 0) return inputs;
  const result = await tx.run('MATCH (i:Instrument) RETURN properties(i) AS p');
  const stored = new Map<string, Props>(
    result.records.map((r) => {
      const props = r.get('p') as Props;
      return [String(props.id), props];
    }),
  );
  const { matches, reviews } = matchInstruments(wanted, knownInstruments(stored));
  for (const review of reviews) progress(`${review.file}: ${review.message}`);
  return inputs.map((input) => {
    let { document } = input;
    for (const node of input.document.nodes.Instrument ?? []) {
      const row = catalogueRow(node);
      const match = row && matches.get(identifierKey(row.identifier));
      if (!row || !match) continue;
      const stored = match.known !== undefined;
      if (stored) progress(`${input.file}: ${row.id} is ${match.id}, already in the graph`);
      if (stored || match.id !== row.id) {
        document = renamed(document, { from: row.id, to: match.id, stored });
      }
    }
    return document === input.document ? input : { ...input, document };
  });
}
