import type { DeclarationRecord, GroupRecord, InstrumentRecord } from '../../records';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, GroupRef, ParticipationRef, StateRef } from '../refs';
import { relatedNodes, relatedRows } from '../related';

const describe = (property: string) => describeProperty('State', property);

StateRef.implement({
  description: describeKind('State'),
  fields: (t) => ({
    code: t.exposeString('code', { description: describe('code') }),
    name: t.exposeString('name', { description: describe('name') }),
    officialName: t.exposeString('officialName', {
      nullable: true,
      description: describe('officialName'),
    }),
    aliases: t.stringList({ description: describe('aliases'), resolve: (s) => s.aliases ?? [] }),
    region: t.exposeString('region', { nullable: true, description: describe('region') }),
    subregion: t.exposeString('subregion', { nullable: true, description: describe('subregion') }),
    unMember: t.exposeString('unMember', { nullable: true, description: describe('unMember') }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: describe('latitude') }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: describe('longitude') }),
    signed: t.field({
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
    groups: t.field({
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
