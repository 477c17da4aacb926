import type { DeclarationRecord, StateRecord } from '../../records';
import { describeKind, describeProperty } from '../describe';
import { DeclarationRef, GroupRef, StateRef } from '../refs';
import { relatedNodes } from '../related';

const describe = (property: string) => describeProperty('Group', property);

GroupRef.implement({
  description: describeKind('Group'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    name: t.exposeString('name', { description: describe('name') }),
    aliases: t.stringList({
      description: describe('aliases'),
      // List reads leave aliases out (bulky): load them only when asked for.
      resolve: (g, _args, context) => g.aliases ?? context.loaders.aliases('Group').load(g.id),
    }),
    members: t.field({
      type: [StateRef],
      description: 'States that belong to the group, by name.',
      resolve: (g, _args, context) =>
        relatedNodes<StateRecord>(context, { type: 'MEMBER_OF', direction: 'reverse', key: g.id }),
    }),
    declarations: t.field({
      type: [DeclarationRef],
      description: 'Declarations issued in the name of the group, newest first.',
      resolve: (g, _args, context) =>
        relatedNodes<DeclarationRecord>(context, {
          type: 'SPEAKS_FOR',
          direction: 'reverse',
          key: g.id,
        }),
    }),
  }),
});
