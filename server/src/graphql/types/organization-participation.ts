import { participationRule } from '@treatygraph/schema';
import { completeTable, inForceOn, statusAnswer } from '../../analysis/treaty-status';
import type { StatusAnswer } from '../../analysis/treaty-status';
import type {
  InstrumentRecord,
  OrganizationRecord,
  RelationshipRecord,
  SourceRecord,
  StateRecord,
} from '../../records';
import { builder } from '../builder';
import type { BuilderTypes } from '../builder';
import { describeEvidence, describeRelationship, describeRelationshipProperty } from '../describe';
import { conflictsOf } from '../participation-claims';
import type { ConflictRecord } from '../participation-claims';
import { participationFacts } from '../participation-facts';
import {
  EvidenceRef,
  InstrumentRef,
  OrganizationRef,
  ParticipationRef,
  SourceRef,
  StateRef,
} from '../refs';
import { relatedRows } from '../related';
import { evidenceOf, relationshipString } from '../relationship-values';
import { ConsentTypeEnum } from './consent-type';
import type { ConsentType } from './consent-type';
import { TreatyStatusEnum } from './state-status';

/** An organization's participation in an instrument, or one source's claim on it. */
type OrganizationParticipationRecord = {
  organization: OrganizationRecord;
  instrument: InstrumentRecord;
  rel: RelationshipRecord;
};

/** A treaty party: a state, or an organization such as the European Union. */
export const ParticipantRef = builder.unionType('Participant', {
  description: 'A party to an instrument: a state, or an organization such as the European Union.',
  types: [StateRef, OrganizationRef],
  resolveType: (party) => ('code' in party ? StateRef.name : OrganizationRef.name),
});

builder.objectField(ParticipationRef, 'participant', (t) =>
  t.field({
    type: ParticipantRef,
    description: 'The party, as a `Participant`: here always the state.',
    resolve: (p) => p.state,
  }),
);

type Fields = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, OrganizationParticipationRecord>;

/** The fields a fact and a claim share, described from `type`'s model properties. */
function participationFields(
  t: Fields,
  type: 'ORGANIZATION_PARTY_TO' | 'ORGANIZATION_PARTICIPATION_CLAIM',
) {
  const date = (property: string) =>
    t.field({
      type: 'Date',
      nullable: true,
      description: describeRelationshipProperty(type, property),
      resolve: (p) => relationshipString(p.rel, property),
    });
  return {
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization.',
      resolve: (p) => p.organization,
    }),
    participant: t.field({
      type: ParticipantRef,
      description: 'The party, as a `Participant`: here always the organization.',
      resolve: (p) => p.organization,
    }),
    instrument: t.field({
      type: InstrumentRef,
      description: 'The instrument.',
      resolve: (p) => p.instrument,
    }),
    signedOn: date('signedOn'),
    consentOn: date('consentOn'),
    consentType: t.field({
      type: ConsentTypeEnum,
      nullable: true,
      description: describeRelationshipProperty(type, 'consentType'),
      resolve: (p) => relationshipString(p.rel, 'consentType') as ConsentType | null,
    }),
    withdrawnOn: date('withdrawnOn'),
    inForceOn: date('inForceOn'),
  };
}

const ClaimRef = builder.objectRef<OrganizationParticipationRecord>(
  'OrganizationParticipationClaim',
);
ClaimRef.implement({
  description: describeRelationship('ORGANIZATION_PARTICIPATION_CLAIM'),
  fields: (t) => ({
    ...participationFields(t, 'ORGANIZATION_PARTICIPATION_CLAIM'),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source that makes this claim, with its licence and citation.',
      resolve: (c) => relationshipString(c.rel, 'source'),
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: describeEvidence('asOf'),
      resolve: (c) => relationshipString(c.rel, 'asOf'),
    }),
    quote: t.string({
      nullable: true,
      description: 'The source’s row, verbatim.',
      resolve: (c) => relationshipString(c.rel, 'quote'),
    }),
    provisionalOn: t.field({
      type: 'Date',
      nullable: true,
      description: describeRelationshipProperty(
        'ORGANIZATION_PARTICIPATION_CLAIM',
        'provisionalOn',
      ),
      resolve: (c) => relationshipString(c.rel, 'provisionalOn'),
    }),
    otherActions: t.stringList({
      description: describeRelationshipProperty('ORGANIZATION_PARTICIPATION_CLAIM', 'otherActions'),
      resolve: (c) => (Array.isArray(c.rel.otherActions) ? c.rel.otherActions.map(String) : []),
    }),
    reservations: t.string({
      nullable: true,
      description: describeRelationshipProperty('ORGANIZATION_PARTICIPATION_CLAIM', 'reservations'),
      resolve: (c) => relationshipString(c.rel, 'reservations'),
    }),
  }),
});

const ConflictRef = builder.objectRef<ConflictRecord<OrganizationParticipationRecord>>(
  'OrganizationParticipationConflict',
);
ConflictRef.implement({
  description: 'Sources that disagree about one organization’s participation, each with its claim.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'What they disagree on: signedOn, consentOn, withdrawnOn, or party.',
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'The claims that disagree.',
      resolve: (c) => c.claims,
    }),
  }),
});

/**
 * Every claim on an organization's participation (one batch per instrument), and the fact
 * itself when it came from a document rather than from a claim, as `claimsOf` for states.
 */
async function claimsOf(
  participation: OrganizationParticipationRecord,
  context: Parameters<typeof relatedRows>[0],
): Promise<OrganizationParticipationRecord[]> {
  const { organization, instrument, rel } = participation;
  const rows = await relatedRows<OrganizationRecord>(context, {
    type: 'ORGANIZATION_PARTICIPATION_CLAIM',
    direction: 'reverse',
    key: instrument.id,
  });
  const claims = rows
    .filter((row) => row.node.id === organization.id)
    .map((row) => ({ organization, instrument, rel: row.rel }));
  const source = relationshipString(rel, 'source');
  const fromClaim = claims.some((c) => relationshipString(c.rel, 'source') === source);
  return fromClaim || claims.length === 0 ? claims : [participation, ...claims];
}

const OrganizationParticipationRef = builder.objectRef<OrganizationParticipationRecord>(
  'OrganizationParticipation',
);
OrganizationParticipationRef.implement({
  description: `${describeRelationship('ORGANIZATION_PARTY_TO')} One organization's standing towards one instrument.`,
  fields: (t) => ({
    ...participationFields(t, 'ORGANIZATION_PARTY_TO'),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'Where this participation is stated, when the import recorded it.',
      resolve: (p) => evidenceOf(p.rel),
    }),
    sources: t.field({
      type: [ClaimRef],
      description:
        'Every source’s claim on this participation; the participation holds the one the rule ' +
        'of `Instrument.statusAsOf` picked.',
      resolve: (p, _args, context) => claimsOf(p, context),
    }),
    conflicts: t.field({
      type: [ConflictRef],
      description: 'Where its sources disagree on a date or on the organization being party.',
      resolve: async (p, _args, context) => conflictsOf(await claimsOf(p, context)),
    }),
  }),
});

builder.objectFields(InstrumentRef, (t) => ({
  organizationParties: t.field({
    type: [OrganizationParticipationRef],
    description:
      'Organizations, such as the European Union, that signed it or consented to be bound by it, by name.',
    resolve: async (i, _args, context) => {
      const rows = await relatedRows<OrganizationRecord>(context, {
        type: 'ORGANIZATION_PARTY_TO',
        direction: 'reverse',
        key: i.id,
      });
      return rows.map((row) => ({ organization: row.node, instrument: i, rel: row.rel }));
    },
  }),
  organizationParticipationClaims: t.field({
    type: [ClaimRef],
    description: 'Every source’s claims on organizations’ participations, by organization name.',
    resolve: async (i, _args, context) => {
      const rows = await relatedRows<OrganizationRecord>(context, {
        type: 'ORGANIZATION_PARTICIPATION_CLAIM',
        direction: 'reverse',
        key: i.id,
      });
      return rows.map((row) => ({ organization: row.node, instrument: i, rel: row.rel }));
    },
  }),
}));

builder.objectFields(OrganizationRef, (t) => ({
  partyTo: t.field({
    type: [OrganizationParticipationRef],
    description: 'Instruments it signed or consented to be bound by, by instrument name.',
    resolve: async (o, _args, context) => {
      const rows = await relatedRows<InstrumentRecord>(context, {
        type: 'ORGANIZATION_PARTY_TO',
        direction: 'forward',
        key: o.id,
      });
      return rows.map((row) => ({ organization: o, instrument: row.node, rel: row.rel }));
    },
  }),
  participationClaims: t.field({
    type: [ClaimRef],
    description: 'Every source’s claims on its participations, by instrument name.',
    resolve: async (o, _args, context) => {
      const rows = await relatedRows<InstrumentRecord>(context, {
        type: 'ORGANIZATION_PARTICIPATION_CLAIM',
        direction: 'forward',
        key: o.id,
      });
      return rows.map((row) => ({ organization: o, instrument: row.node, rel: row.rel }));
    },
  }),
}));

type PartyStatusRecord = StatusAnswer & {
  participant: StateRecord | OrganizationRecord;
  inForceOn: string | null;
  rel: RelationshipRecord;
};

const PartyStatusRef = builder.objectRef<PartyStatusRecord>('PartyStatus');
PartyStatusRef.implement({
  description:
    'One party’s status towards an instrument on a date, a state’s or an organization’s, with its source.',
  fields: (t) => ({
    participant: t.field({
      type: ParticipantRef,
      description: 'The state or organization.',
      resolve: (s) => s.participant,
    }),
    status: t.field({
      type: TreatyStatusEnum,
      description: 'Its status on the date asked for.',
      resolve: (s) => s.status,
    }),
    consentType: t.field({
      type: ConsentTypeEnum,
      nullable: true,
      description: describeRelationshipProperty('PARTY_TO', 'consentType'),
      resolve: (s) => relationshipString(s.rel, 'consentType') as ConsentType | null,
    }),
    inForceOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'When the instrument entered into force for the party, as `StateStatus.inForceOn`.',
      resolve: (s) => s.inForceOn,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source the status follows.',
      resolve: (s) => s.source,
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: 'The date the source’s data is as at.',
      resolve: (s) => s.asOf,
    }),
    rule: t.string({
      description: 'The rule that chose, among the sources’ claims, the one this status follows.',
      resolve: () => participationRule,
    }),
  }),
});

builder.objectField(InstrumentRef, 'partyStatusAsOf', (t) =>
  t.field({
    type: [PartyStatusRef],
    description:
      'The status on `date` of every recorded party, states (by name) then organizations (by ' +
      'name), by the rule of `statusAsOf`.',
    args: { date: t.arg({ type: 'Date', required: true, description: 'The date to look at.' }) },
    resolve: async (instrument, args, context) => {
      const reverse = { direction: 'reverse' as const, key: instrument.id };
      const [states, organizations, tables] = await Promise.all([
        relatedRows<StateRecord>(context, { type: 'PARTY_TO', ...reverse }),
        relatedRows<OrganizationRecord>(context, { type: 'ORGANIZATION_PARTY_TO', ...reverse }),
        relatedRows<SourceRecord>(context, { type: 'COVERS', ...reverse }),
      ]);
      const complete = completeTable(
        tables.map((row) => ({
          source: row.node.id,
          asOf: relationshipString(row.rel, 'asOf'),
          complete: row.rel.complete === true,
        })),
      );
      return [...states, ...organizations].map((row) => {
        const facts = participationFacts(row.rel, instrument.entryIntoForceOn);
        return {
          ...statusAnswer(args.date, facts, complete),
          participant: row.node,
          inForceOn: inForceOn(facts),
          rel: row.rel,
        };
      });
    },
  }),
);

builder.queryField('organization', (t) =>
  t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'The organization with this id, or null.',
    args: { id: t.arg.id({ required: true, description: 'For example "eu".' }) },
    resolve: (_root, args) => args.id,
  }),
);
