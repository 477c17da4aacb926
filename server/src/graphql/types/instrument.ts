import type { DeclarationRecord, InstrumentRecord, StateRecord } from '../../records';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, InstrumentRef, ParticipationRef } from '../refs';
import { READS_KEY_ONLY } from '../projection';
import { relatedNodes, relatedRows } from '../related';
import { InstrumentKindEnum } from './instrument-kind';
import type { InstrumentKind } from './instrument-kind';

const describe = (property: string) => describeProperty('Instrument', property);

InstrumentRef.implement({
  description: describeKind('Instrument'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    name: t.exposeString('name', { description: describe('name') }),
    shortName: t.exposeString('shortName', { nullable: true, description: describe('shortName') }),
    aliases: t.stringList({
      description: describe('aliases'),
      // List reads leave aliases out (bulky): load them only when asked for.
      resolve: (i, _args, context) => i.aliases ?? context.loaders.aliases('Instrument').load(i.id),
    }),
    kind: t.field({
      type: InstrumentKindEnum,
      description: describe('kind'),
      resolve: (i) => i.kind as InstrumentKind,
    }),
    adoptedOn: t.expose('adoptedOn', {
      type: 'Date',
      nullable: true,
      description: describe('adoptedOn'),
    }),
    entryIntoForceOn: t.expose('entryIntoForceOn', {
      type: 'Date',
      nullable: true,
      description: describe('entryIntoForceOn'),
    }),
    untcReference: t.exposeString('untcReference', {
      nullable: true,
      description: describe('untcReference'),
    }),
    symbol: t.exposeString('symbol', { nullable: true, description: describe('symbol') }),
    supplements: t.field({
      type: InstrumentRef,
      nullable: true,
      description: 'The instrument this one supplements, as a protocol supplements its convention.',
      resolve: async (i, _args, context) => {
        const parents = await relatedNodes<InstrumentRecord>(context, {
          type: 'SUPPLEMENTS',
          direction: 'forward',
          key: i.id,
        });
        return parents[0] ?? null;
      },
    }),
    supplementedBy: t.field({
      type: [InstrumentRef],
      description: 'Instruments that supplement this one, by name.',
      resolve: (i, _args, context) =>
        relatedNodes<InstrumentRecord>(context, {
          type: 'SUPPLEMENTS',
          direction: 'reverse',
          key: i.id,
        }),
    }),
    referencedBy: t.field({
      type: [DeclarationRef],
      description: 'Declarations that cite it, newest first.',
      resolve: (i, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'REFERENCES',
          direction: 'reverse',
          key: i.id,
        }),
    }),
    partyCount: t.int({
      extensions: READS_KEY_ONLY,
      description: 'How many states signed it or consented to be bound by it.',
      // Counted in the database: a lean list of thousands need not read every party.
      resolve: (i, _args, context) =>
        context.loaders.relatedCount({ type: 'PARTY_TO', direction: 'reverse' }).load(i.id),
    }),
    parties: t.field({
      type: [ParticipationRef],
      description: 'States that signed it or consented to be bound by it, by state name.',
      resolve: async (i, _args, context) => {
        const rows = await relatedRows<StateRecord>(context, {
          type: 'PARTY_TO',
          direction: 'reverse',
          key: i.id,
        });
        return rows.map((row) => ({ state: row.node, instrument: i, rel: row.rel }));
      },
    }),
  }),
});
