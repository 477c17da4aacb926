import type { DeclarationRecord } from '../../records';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, SourceRef } from '../refs';
import { relatedNodes } from '../related';

const describe = (property: string) => describeProperty('Source', property);

SourceRef.implement({
  description: describeKind('Source'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    url: t.exposeString('url', { nullable: true, description: describe('url') }),
    title: t.exposeString('title', { nullable: true, description: describe('title') }),
    publisher: t.exposeString('publisher', { nullable: true, description: describe('publisher') }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      nullable: true,
      description: describe('publishedOn'),
    }),
    retrievedOn: t.expose('retrievedOn', {
      type: 'Date',
      nullable: true,
      description: describe('retrievedOn'),
    }),
    licence: t.exposeString('licence', { nullable: true, description: describe('licence') }),
    citation: t.exposeString('citation', { nullable: true, description: describe('citation') }),
    precedence: t.exposeInt('precedence', {
      nullable: true,
      description: describe('precedence'),
    }),
    reports: t.field({
      type: [DeclarationRef],
      description: 'Declarations this source reports, newest first.',
      resolve: (s, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'REPORTED_IN',
          direction: 'reverse',
          key: s.id,
        }),
    }),
  }),
});
