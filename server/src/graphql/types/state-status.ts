import { participationRule } from '@treatygraph/schema';
import {
  completeTable,
  inForceOn,
  statusAnswer,
  treatyStatuses,
} from '../../analysis/treaty-status';
import type { StatusAnswer, TreatyStatus } from '../../analysis/treaty-status';
import { AppError } from '../../errors';
import { loadNodesByKey } from '../../loaders/nodes-by-key';
import type { SourceRecord, StateRecord } from '../../records';
import type { RelationshipRecord } from '../../records';
import { builder } from '../builder';
import { describeRelationshipProperty } from '../describe';
import { participationFacts } from '../participation-facts';
import { EvidenceRef, InstrumentRef, SourceRef, StateRef } from '../refs';
import { relatedRows } from '../related';
import { evidenceOf, relationshipString } from '../relationship-values';
import { ConsentTypeEnum } from './consent-type';
import type { ConsentType } from './consent-type';

// Exhaustive: a status added to the analysis fails type-checking here until it is described.
const descriptions: Record<TreatyStatus, string> = {
  NOT_PARTY:
    'Not party per the source (`source`, as at `asOf`): either its record of the state dates ' +
    'the signature or consent later, or the state is absent from a table the source declares ' +
    'complete for the instrument (`Instrument.coveredBy`).',
  NO_RECORD:
    'No source records the state for this instrument and none declares a complete table: ' +
    'the data cannot tell whether it is party.',
  SIGNED: 'Signed, without consent to be bound yet.',
  BOUND: 'Consent to be bound given, but the instrument not yet in force for the state.',
  IN_FORCE: 'Consent given and the instrument in force for the state.',
  WITHDRAWN: 'The state’s withdrawal had taken effect.',
  UNKNOWN:
    'A consent is recorded without its date, and the date asked for precedes the evidence ' +
    'for it: whether the state was bound then is not known.',
};

export const TreatyStatusEnum = builder.enumType('TreatyStatus', {
  description: 'A state’s standing towards an instrument on one date.',
  values: Object.fromEntries(
    treatyStatuses.map((status) => [status, { value: status, description: descriptions[status] }]),
  ) as Record<TreatyStatus, { value: TreatyStatus; description: string }>,
});

type StateStatusRecord = StatusAnswer & {
  state: StateRecord;
  inForceOn: string | null;
  /** The PARTY_TO record, null when the state has none. */
  rel: RelationshipRecord | null;
};

const StateStatusRef = builder.objectRef<StateStatusRecord>('StateStatus');

const dateField = (property: string) => ({
  type: 'Date' as const,
  nullable: true as const,
  description: describeRelationshipProperty('PARTY_TO', property),
  resolve: (s: StateStatusRecord) => s.rel && relationshipString(s.rel, property),
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
      resolve: (s) => s.rel && (relationshipString(s.rel, 'consentType') as ConsentType | null),
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
      resolve: (s) => s.rel && evidenceOf(s.rel),
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description:
        'The source the status follows: the record’s, or for a state absent from a complete ' +
        'table that table’s. Null with `NO_RECORD`.',
      resolve: (s) => s.source,
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: 'The date the source’s data is as at (the record’s or the complete table’s).',
      resolve: (s) => s.asOf,
    }),
    dataAsOf: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Set (to `asOf`) only when the date asked for is later than the data: the status is ' +
        'as at that date and may have changed since.',
      resolve: (s) => s.dataAsOf,
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
      'instrument, by state name; with `states`, of exactly those states, in that order, ' +
      'those without a record answering `NOT_PARTY` when a complete table covers the ' +
      'instrument (`coveredBy`) and `NO_RECORD` otherwise. Each answer names its source and ' +
      'as-at date.',
    args: {
      date: t.arg({ type: 'Date', required: true, description: 'The date to look at.' }),
      states: t.arg.stringList({
        required: false,
        description: 'ISO alpha-3 codes of the states to answer for; unknown codes are NOT_FOUND.',
      }),
    },
    // Same batch as `parties` and `coveredBy`: no round trips of their own.
    resolve: async (instrument, args, context) => {
      const [rows, tables] = await Promise.all([
        relatedRows<StateRecord>(context, {
          type: 'PARTY_TO',
          direction: 'reverse',
          key: instrument.id,
        }),
        relatedRows<SourceRecord>(context, {
          type: 'COVERS',
          direction: 'reverse',
          key: instrument.id,
        }),
      ]);
      const complete = completeTable(
        tables.map((row) => ({
          source: row.node.id,
          asOf: relationshipString(row.rel, 'asOf'),
          complete: row.rel.complete === true,
        })),
      );
      const answer = (state: StateRecord, rel: RelationshipRecord | null): StateStatusRecord => {
        const facts = rel && participationFacts(rel, instrument.entryIntoForceOn);
        return {
          ...statusAnswer(args.date, facts, complete),
          state,
          inForceOn: facts && inForceOn(facts),
          rel,
        };
      };
      if (!args.states) return rows.map((row) => answer(row.node, row.rel));
      const recorded = new Map(rows.map((row) => [row.node.code, row]));
      const asked = [...new Set(args.states)];
      const known = new Map(
        (
          await loadNodesByKey<StateRecord>(context.read, {
            label: 'State',
            keys: asked.filter((code) => !recorded.has(code)),
          })
        ).map((state) => [state.code, state]),
      );
      const unknown = asked.filter((code) => !recorded.has(code) && !known.has(code));
      if (unknown.length > 0) {
        throw new AppError('NOT_FOUND', `No state has code ${unknown.join(', ')}.`, {
          details: { states: unknown },
        });
      }
      return asked.map((code) => {
        const row = recorded.get(code);
        return row ? answer(row.node, row.rel) : answer(known.get(code) as StateRecord, null);
      });
    },
  }),
);
