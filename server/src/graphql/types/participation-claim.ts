import type { InstrumentRecord, StateRecord } from '../../records';
import { builder } from '../builder';
import { describeEvidence, describeRelationship, describeRelationshipProperty } from '../describe';
import { claimsOf, conflictsOf } from '../participation-claims';
import type { ClaimRecord, ConflictRecord } from '../participation-claims';
import { InstrumentRef, ParticipationRef, SourceRef, StateRef } from '../refs';
import { relatedRows } from '../related';
import { relationshipString } from '../relationship-values';
import { ConsentTypeEnum } from './consent-type';
import type { ConsentType } from './consent-type';

const describe = (property: string) =>
  describeRelationshipProperty('PARTICIPATION_CLAIM', property);

const ClaimRef = builder.objectRef<ClaimRecord>('ParticipationClaim');

const date = (property: string) => ({
  type: 'Date' as const,
  nullable: true as const,
  description: describe(property),
  resolve: (c: ClaimRecord) => relationshipString(c.rel, property),
});

ClaimRef.implement({
  description: describeRelationship('PARTICIPATION_CLAIM'),
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (c) => c.state }),
    instrument: t.field({
      type: InstrumentRef,
      description: 'The instrument.',
      resolve: (c) => c.instrument,
    }),
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
    signedOn: t.field(date('signedOn')),
    consentOn: t.field(date('consentOn')),
    consentType: t.field({
      type: ConsentTypeEnum,
      nullable: true,
      description: describe('consentType'),
      resolve: (c) => relationshipString(c.rel, 'consentType') as ConsentType | null,
    }),
    withdrawnOn: t.field(date('withdrawnOn')),
    inForceOn: t.field(date('inForceOn')),
    provisionalOn: t.field(date('provisionalOn')),
    otherActions: t.stringList({
      description: describe('otherActions'),
      resolve: (c) => {
        const value = c.rel.otherActions;
        return Array.isArray(value) ? value.map(String) : [];
      },
    }),
    reservations: t.string({
      nullable: true,
      description: describe('reservations'),
      resolve: (c) => relationshipString(c.rel, 'reservations'),
    }),
  }),
});

const ConflictRef = builder.objectRef<ConflictRecord>('ParticipationConflict');

ConflictRef.implement({
  description: 'Sources that disagree about one participation, each claim with its source.',
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

builder.objectFields(ParticipationRef, (t) => ({
  sources: t.field({
    type: [ClaimRef],
    description:
      'Every source’s claim on this participation. The participation itself holds the claim ' +
      'the rule of `Instrument.statusAsOf` picked.',
    resolve: (p, _args, context) => claimsOf(p, context),
  }),
  conflicts: t.field({
    type: [ConflictRef],
    description: 'Where its sources disagree on a date or on the state being party.',
    resolve: async (p, _args, context) => conflictsOf(await claimsOf(p, context)),
  }),
  reservations: t.field({
    type: [ClaimRef],
    description: 'The claims that carry reservation and declaration texts.',
    resolve: async (p, _args, context) =>
      (await claimsOf(p, context)).filter((c) => relationshipString(c.rel, 'reservations')),
  }),
}));

builder.objectField(InstrumentRef, 'participationClaims', (t) =>
  t.field({
    type: [ClaimRef],
    description: 'Every source’s claims on its participations, by state name.',
    resolve: async (i, _args, context) => {
      const rows = await relatedRows<StateRecord>(context, {
        type: 'PARTICIPATION_CLAIM',
        direction: 'reverse',
        key: i.id,
      });
      return rows.map((row) => ({ state: row.node, instrument: i, rel: row.rel }));
    },
  }),
);

builder.objectField(StateRef, 'participationClaims', (t) =>
  t.field({
    type: [ClaimRef],
    description: 'Every source’s claims on its participations, by instrument name.',
    resolve: async (s, _args, context) => {
      const rows = await relatedRows<InstrumentRecord>(context, {
        type: 'PARTICIPATION_CLAIM',
        direction: 'forward',
        key: s.code,
      });
      return rows.map((row) => ({ state: s, instrument: row.node, rel: row.rel }));
    },
  }),
);
