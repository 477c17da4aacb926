import type {
  GroupRecord,
  InstrumentRecord,
  OrganizationRecord,
  SourceRecord,
  StateRecord,
} from '../../records';
import { describeKind, describeProperty } from '../describe';
import {
  DeclarationRef,
  GroupRef,
  InstrumentRef,
  NonStateSignatureRef,
  OrganizationRef,
  SignatureRef,
  SourceRef,
  StateRef,
  SupportRef,
} from '../refs';
import { relatedNodes, relatedRows } from '../related';
import { READS_KEY_ONLY } from '../projection';

const describe = (property: string) => describeProperty('Declaration', property);

DeclarationRef.implement({
  description: describeKind('Declaration'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    title: t.exposeString('title', { description: describe('title') }),
    adoptedOn: t.expose('adoptedOn', {
      type: 'Date',
      nullable: true,
      description: describe('adoptedOn'),
    }),
    occasion: t.exposeString('occasion', { nullable: true, description: describe('occasion') }),
    venue: t.exposeString('venue', { nullable: true, description: describe('venue') }),
    summary: t.exposeString('summary', { nullable: true, description: describe('summary') }),
    partialSignatories: t.boolean({
      description:
        'True when the known signatories are only part of the full list (the source said "including").',
      resolve: (d) => d.partialSignatories === 'yes',
    }),
    signatories: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description: 'States that adopted, signed or joined it, by name.',
      resolve: (d, _args, context) =>
        relatedNodes<StateRecord>(context, { type: 'SIGNED', direction: 'reverse', key: d.id }),
    }),
    signatoryCount: t.int({
      extensions: READS_KEY_ONLY,
      description: 'How many states are known to have signed it.',
      // Same batch as `signatories`: asking for both costs one round trip.
      resolve: async (d, _args, context) =>
        (await relatedNodes(context, { type: 'SIGNED', direction: 'reverse', key: d.id })).length,
    }),
    signatures: t.field({
      type: [SignatureRef],
      description: 'Each signature with its date and evidence, by state name.',
      resolve: async (d, _args, context) => {
        const rows = await relatedRows<StateRecord>(context, {
          type: 'SIGNED',
          direction: 'reverse',
          key: d.id,
        });
        return rows.map((row) => ({ state: row.node, declaration: d, rel: row.rel }));
      },
    }),
    nonStateSignatories: t.field({
      extensions: READS_KEY_ONLY,
      type: [OrganizationRef],
      description:
        'Non-state signatories, such as the European Union, that adopted, signed or joined it; by name.',
      resolve: (d, _args, context) =>
        relatedNodes<OrganizationRecord>(context, {
          type: 'ORGANIZATION_SIGNED',
          direction: 'reverse',
          key: d.id,
        }),
    }),
    nonStateSignatures: t.field({
      type: [NonStateSignatureRef],
      description: 'Each non-state signature with its date and evidence, by organization name.',
      resolve: async (d, _args, context) => {
        const rows = await relatedRows<OrganizationRecord>(context, {
          type: 'ORGANIZATION_SIGNED',
          direction: 'reverse',
          key: d.id,
        });
        return rows.map((row) => ({ organization: row.node, declaration: d, rel: row.rel }));
      },
    }),
    references: t.field({
      extensions: READS_KEY_ONLY,
      type: [InstrumentRef],
      description: 'Instruments it cites, by name.',
      resolve: (d, _args, context) =>
        relatedNodes<InstrumentRecord>(context, {
          type: 'REFERENCES',
          direction: 'forward',
          key: d.id,
        }),
    }),
    organizations: t.field({
      extensions: READS_KEY_ONLY,
      type: [OrganizationRef],
      description: 'Organizations it expresses support for, by name.',
      resolve: (d, _args, context) =>
        relatedNodes<OrganizationRecord>(context, {
          type: 'SUPPORTS',
          direction: 'forward',
          key: d.id,
        }),
    }),
    supports: t.field({
      type: [SupportRef],
      description: 'Each organization supported, with the role and evidence; by name.',
      resolve: async (d, _args, context) => {
        const rows = await relatedRows<OrganizationRecord>(context, {
          type: 'SUPPORTS',
          direction: 'forward',
          key: d.id,
        });
        return rows.map((row) => ({ declaration: d, organization: row.node, rel: row.rel }));
      },
    }),
    sources: t.field({
      extensions: READS_KEY_ONLY,
      type: [SourceRef],
      description: 'Sources that report it, newest first.',
      resolve: (d, _args, context) =>
        relatedNodes<SourceRecord>(context, {
          type: 'REPORTED_IN',
          direction: 'forward',
          key: d.id,
        }),
    }),
    group: t.field({
      extensions: READS_KEY_ONLY,
      type: GroupRef,
      nullable: true,
      description: 'The group of states it was issued in the name of, if any.',
      resolve: async (d, _args, context) => {
        const groups = await relatedNodes<GroupRecord>(context, {
          type: 'SPEAKS_FOR',
          direction: 'forward',
          key: d.id,
        });
        return groups[0] ?? null;
      },
    }),
  }),
});
