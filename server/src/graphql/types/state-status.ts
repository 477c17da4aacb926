import { participationRule } from '@treatygraph/schema';
import { inForceOn, statusOn, treatyStatuses } from '../../analysis/treaty-status';
import type { TreatyStatus } from '../../analysis/treaty-status';
import type { StateRecord } from '../../records';
import type { RelationshipRecord } from '../../records';
import { builder } from '../builder';
import { describeRelationshipProperty } from '../describe';
import { participationFacts } from '../participation-facts';
import { EvidenceRef, InstrumentRef, StateRef } from '../refs';
import { relatedRows } from '../related';
import { evidenceOf, relationshipString } from '../relationship-values';
import { ConsentTypeEnum } from './consent-type';
import type { ConsentType } from './consent-type';

// Exhaustive: a status added to the analysis fails type-checking here until it is described.
const descriptions: Record<TreatyStatus, string> = {
  NOT_PARTY: 'Nothing had happened yet on that date: the signature or consent came later.',
  SIGNED: 'Signed, without consent to be bound yet.',
  BOUND: 'Consent to be bound given, but the instrument not yet in force for the state.',
  IN_FORCE: 'Consent given and the instrument in force for the state.',
  WITHDRAWN: 'The state’s withdrawal had taken effect.',
  UNKNOWN:
    'A consent is recorded without its date, and the date asked for precedes the evidence ' +
    'for it: whether the state was bound then is not known.',
};

const TreatyStatusEnum = builder.enumType('TreatyStatus', {
  description: 'A state’s standing towards an instrument on one date.',
  values: Object.fromEntries(
    treatyStatuses.map((status) => [status, { value: status, description: descriptions[status] }]),
  ) as Record<TreatyStatus, { value: TreatyStatus; description: string }>,
});

type StateStatusRecord = {
  state: StateRecord;
  status: TreatyStatus;
  inForceOn: string | null;
  rel: RelationshipRecord;
};

const StateStatusRef = builder.objectRef<StateStatusRecord>('StateStatus');

const dateField = (property: string) => ({
  type: 'Date' as const,
  nullable: true as const,
  description: describeRelationshipProperty('PARTY_TO', property),
  resolve: (s: StateStatusRecord) => relationshipString(s.rel, property),
});

StateStatusRef.implement({
  description: 'One state’s status towards an instrument on a date, with the dates behind it.',
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (s) => s.state }),
    status: t.field({
      type: TreatyStatusEnum,
      description: 'Its status on the date asked for.',
      resolve: (s) => s.status,
    }),
    signedOn: t.field(dateField('signedOn')),
    consentOn: t.field(dateField('consentOn')),
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
        'When the instrument entered into force for the state: the later of its consent and ' +
        'the instrument’s entry into force (null while either is unknown). Treaty-specific ' +
        'delays after deposit are not recorded, so the consent date stands for them.',
      resolve: (s) => s.inForceOn,
    }),
    withdrawnOn: t.field(dateField('withdrawnOn')),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'Where the participation is stated, when the import recorded it.',
      resolve: (s) => evidenceOf(s.rel),
    }),
    rule: t.string({
      description:
        'The rule that chose, among the sources’ claims (`Participation.sources`), the one ' +
        'this status follows.',
      resolve: () => participationRule,
    }),
  }),
});

builder.objectField(InstrumentRef, 'statusAsOf', (t) =>
  t.field({
    type: [StateStatusRef],
    description:
      'The status on `date` of every state with a recorded signature or consent for this ' +
      'instrument, by state name. States with no record are not party and are not listed.',
    args: { date: t.arg({ type: 'Date', required: true, description: 'The date to look at.' }) },
    // Same batch as `parties`: no round trip of its own.
    resolve: async (instrument, args, context) => {
      const rows = await relatedRows<StateRecord>(context, {
        type: 'PARTY_TO',
        direction: 'reverse',
        key: instrument.id,
      });
      return rows.map((row) => {
        const facts = participationFacts(row.rel, instrument.entryIntoForceOn);
        return {
          state: row.node,
          status: statusOn(args.date, facts),
          inForceOn: inForceOn(facts),
          rel: row.rel,
        };
      });
    },
  }),
);
