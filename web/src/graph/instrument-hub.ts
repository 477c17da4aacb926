import type { GraphEdgeData, GraphNodeData } from './elements';
import { edgeFacts, shortenLabel } from './elements';
import type { Standing, StatusRow } from './participation-status';

/**
 * The instrument at the centre of the views that draw states by their standing towards it
 * (Treaty status, Treaty parties): its node, `Instrument:<id>`.
 * @example instrumentHub({ id: 'untoc', name: 'United Nations Convention…', shortName: 'UNTOC' })
 */
export function instrumentHub(instrument: {
  id: string;
  name: string;
  shortName?: string | null;
}): { data: GraphNodeData } {
  return {
    data: {
      id: `Instrument:${instrument.id}`,
      kind: 'Instrument',
      key: instrument.id,
      label: shortenLabel(instrument.shortName ?? instrument.name),
      name: instrument.name,
    },
  };
}

/**
 * A state's PARTY_TO edge to the instrument's hub when it was party on the date its `statusAsOf`
 * row was asked for (none otherwise), with the day of signature and, where known, how consent
 * was given and who says so.
 * @example edges.push(...partyTie('LAO', 'Instrument:untoc', { standing, row }))
 */
export function partyTie(
  code: string,
  hub: string,
  party: {
    standing: Standing;
    row: StatusRow | undefined;
    consentType?: string | null;
    reportedBy?: string;
  },
): { data: GraphEdgeData }[] {
  const { standing, row } = party;
  if (standing.status !== 'PARTY') return [];
  const facts = edgeFacts({
    since: standing.since ?? undefined,
    signedOn: row?.signedOn ?? undefined,
    consentType: party.consentType?.toLowerCase(),
    reportedBy: party.reportedBy,
  });
  return [
    {
      data: {
        id: `PARTY_TO:${code}->${hub}`,
        source: code,
        target: hub,
        kind: 'PARTY_TO',
        ...facts,
      },
    },
  ];
}
