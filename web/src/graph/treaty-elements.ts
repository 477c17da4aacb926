import type { GraphElements, GraphNodeData } from './elements';
import { shortenLabel, sourceNames, stateData } from './elements';
import { instrumentHub, partyTie } from './instrument-hub';
import type { PartyInstrument } from './party-elements';
import { toStanding, type Standing, type StatusRow } from './participation-status';

export type TreatyInstrument = {
  id: string;
  name: string;
  shortName?: string | null;
  /** The API's `statusAsOf(date)`: one row per state with any record for the instrument. */
  statusAsOf: readonly (StatusRow & { state: PartyInstrument['parties'][number]['state'] })[];
  /** The API's `parties`, for each party's consent type and source. */
  parties: readonly (Pick<PartyInstrument['parties'][number], 'consentType' | 'evidence'> & {
    state: { code: string };
  })[];
  /** The API's `partyStatusAsOf(date)`: its organization rows give their standing. */
  partyStatusAsOf?: readonly (Pick<StatusRow, 'status' | 'inForceOn'> & {
    participant: { id?: string };
  })[];
  /** The API's `organizationParties`: organizations party to it (the European Union). */
  organizationParties?: readonly (Omit<StatusRow, 'status'> &
    Pick<PartyInstrument['parties'][number], 'consentType' | 'evidence'> & {
      organization: { id: string; name: string; acronym?: string | null };
    })[];
};

/**
 * The Treaty parties view: one instrument and every state with a record for it (not only a
 * declaration's signatories), and every organization party to it, each carrying its standing on
 * the date the rows were asked for; parties on that date are joined to it by a PARTY_TO edge
 * with its dates and source.
 * @example createTreatyElements(untocAsOf2014)
 */
export function createTreatyElements(instrument: TreatyInstrument): {
  elements: GraphElements;
  standings: Map<string, Standing>;
} {
  const records = new Map(instrument.parties.map((party) => [party.state.code, party]));
  const hub = instrumentHub(instrument);
  const nodes: { data: GraphNodeData }[] = [hub];
  const edges: GraphElements['edges'] = [];
  const standings = new Map<string, Standing>();
  const rows = [...instrument.statusAsOf].sort((a, b) => (a.state.code < b.state.code ? -1 : 1));
  for (const row of rows) {
    const { code } = row.state;
    const standing = toStanding(row);
    standings.set(code, standing);
    nodes.push({ data: { id: code, kind: 'State', key: code, ...stateData(row.state) } });
    const record = records.get(code);
    edges.push(
      ...partyTie(code, hub.data.id, {
        standing,
        row,
        consentType: record?.consentType,
        reportedBy: sourceNames([record?.evidence?.source]),
      }),
    );
  }
  const organizationStatus = new Map(
    (instrument.partyStatusAsOf ?? []).flatMap((row) =>
      row.participant.id ? [[row.participant.id, row]] : [],
    ),
  );
  for (const party of instrument.organizationParties ?? []) {
    const { id, name, acronym } = party.organization;
    const status = organizationStatus.get(id);
    if (!status) continue;
    const row = { ...party, ...status };
    const standing = toStanding(row);
    standings.set(id, standing);
    const label = acronym ?? shortenLabel(name);
    const node = `Organization:${id}`;
    nodes.push({ data: { id: node, kind: 'Organization', key: id, label, name } });
    edges.push(
      ...partyTie(node, hub.data.id, {
        standing,
        row,
        consentType: party.consentType,
        reportedBy: sourceNames([party.evidence?.source]),
      }),
    );
  }
  return { elements: { nodes, edges }, standings };
}
