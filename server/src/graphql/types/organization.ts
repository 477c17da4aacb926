import type { DeclarationRecord, OrganizationRecord } from '../../records';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, OrganizationRef } from '../refs';
import { relatedNodes } from '../related';

const describe = (property: string) => describeProperty('Organization', property);

OrganizationRef.implement({
  description: describeKind('Organization'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    name: t.exposeString('name', { description: describe('name') }),
    acronym: t.exposeString('acronym', { nullable: true, description: describe('acronym') }),
    aliases: t.stringList({
      description: describe('aliases'),
      // List reads leave aliases out (bulky): load them only when asked for.
      resolve: (o, _args, context) =>
        o.aliases ?? context.loaders.aliases('Organization').load(o.id),
    }),
    coordinates: t.field({
      type: [OrganizationRef],
      description: 'Organizations this one coordinates, as UNODC coordinates ICAT; by name.',
      resolve: (o, _args, context) =>
        relatedNodes<OrganizationRecord>(context, {
          type: 'COORDINATES',
          direction: 'forward',
          key: o.id,
        }),
    }),
    coordinatedBy: t.field({
      type: [OrganizationRef],
      description: 'Organizations that coordinate this one, by name.',
      resolve: (o, _args, context) =>
        relatedNodes<OrganizationRecord>(context, {
          type: 'COORDINATES',
          direction: 'reverse',
          key: o.id,
        }),
    }),
    signed: t.field({
      type: [DeclarationRef],
      description:
        'Declarations it adopted, signed or joined as a non-state signatory, newest first.',
      resolve: (o, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'ORGANIZATION_SIGNED',
          direction: 'forward',
          key: o.id,
        }),
    }),
    supportedBy: t.field({
      type: [DeclarationRef],
      description: 'Declarations that express support for it, newest first.',
      resolve: (o, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'SUPPORTS',
          direction: 'reverse',
          key: o.id,
        }),
    }),
  }),
});
