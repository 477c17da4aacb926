import type { DeclarationRecord, GroupRecord, InstrumentRecord } from '../../records';
import { DEFAULT_CO_SIGNATORIES, MAX_CO_SIGNATORIES } from '../../cypher/co-signatories';
import { AppError } from '../../errors';
import type { CoSignatoryRecord } from '../../loaders/co-signatories';
import { builder } from '../builder';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, GroupRef, ParticipationRef, StateRef } from '../refs';
import { relatedNodes, relatedRows } from '../related';
import { selectsField } from '../selects-field';
import { READS_KEY_ONLY } from '../projection';

const describe = (property: string) => describeProperty('State', property);

const CoSignatoryRef = builder.objectRef<CoSignatoryRecord>('CoSignatory');
CoSignatoryRef.implement({
  description: 'Another state that signed declarations together with a state, and which.',
  fields: (t) => ({
    state: t.field({
      extensions: READS_KEY_ONLY,
      type: StateRef,
      description: 'The other state.',
      resolve: (c) => c.state,
    }),
    sharedCount: t.int({
      extensions: READS_KEY_ONLY,
      description: 'How many declarations both states signed.',
      resolve: (c) => c.sharedCount,
    }),
    shared: t.field({
      extensions: READS_KEY_ONLY,
      type: [DeclarationRef],
      description: 'The declarations both states signed, newest first (undated last).',
      resolve: (c) => c.shared,
    }),
  }),
});

StateRef.implement({
  description: describeKind('State'),
  fields: (t) => ({
    code: t.exposeString('code', { description: describe('code') }),
    name: t.exposeString('name', { description: describe('name') }),
    officialName: t.exposeString('officialName', {
      nullable: true,
      description: describe('officialName'),
    }),
    aliases: t.stringList({
      description: describe('aliases'),
      // List reads leave aliases out (bulky): load them only when asked for.
      resolve: (s, _args, context) => s.aliases ?? context.loaders.aliases('State').load(s.code),
    }),
    region: t.exposeString('region', { nullable: true, description: describe('region') }),
    subregion: t.exposeString('subregion', { nullable: true, description: describe('subregion') }),
    unMember: t.exposeString('unMember', { nullable: true, description: describe('unMember') }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: describe('latitude') }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: describe('longitude') }),
    signed: t.field({
      extensions: READS_KEY_ONLY,
      type: [DeclarationRef],
      description: 'Declarations this state adopted, signed or joined, newest first.',
      resolve: (s, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'SIGNED',
          direction: 'forward',
          key: s.code,
        }),
    }),
    partyTo: t.field({
      type: [ParticipationRef],
      description: 'Instruments this state signed or consented to be bound by, by instrument name.',
      resolve: async (s, _args, context) => {
        const rows = await relatedRows<InstrumentRecord>(context, {
          type: 'PARTY_TO',
          direction: 'forward',
          key: s.code,
        });
        return rows.map((row) => ({ state: s, instrument: row.node, rel: row.rel }));
      },
    }),
    coSignatories: t.field({
      extensions: READS_KEY_ONLY,
      type: [CoSignatoryRef],
      description:
        'States that signed declarations together with this one, most shared declarations ' +
        'first, ties by name.',
      args: {
        first: t.arg.int({
          description: `How many: 0 to ${MAX_CO_SIGNATORIES}, default ${DEFAULT_CO_SIGNATORIES}.`,
        }),
      },
      complexity: (args) => ({
        field: 1,
        multiplier: args.first ?? DEFAULT_CO_SIGNATORIES,
      }),
      // GraphQL's four resolver arguments, taken as one tuple (the lint caps named parameters).
      resolve: async (...[s, args, context, info]) => {
        const first = args.first ?? DEFAULT_CO_SIGNATORIES;
        if (first < 0 || first > MAX_CO_SIGNATORIES) {
          throw new AppError('BAD_USER_INPUT', `first must be 0 to ${MAX_CO_SIGNATORIES}.`);
        }
        const withShared = selectsField(info, 'shared');
        return context.loaders.coSignatories({ first, withShared }).load(s.code);
      },
    }),
    groups: t.field({
      extensions: READS_KEY_ONLY,
      type: [GroupRef],
      description: 'Informal groups of states this state belongs to, by name.',
      resolve: (s, _args, context) =>
        relatedNodes<GroupRecord>(context, {
          type: 'MEMBER_OF',
          direction: 'forward',
          key: s.code,
        }),
    }),
  }),
});
