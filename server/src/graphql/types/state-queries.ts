import { resolvePage } from '../../cypher/page';
import { statesPageQuery } from '../../cypher/states-page';
import type { StateRecord } from '../../records';
import { loadPage } from '../../loaders/page';
import { builder } from '../builder';
import { connectionOf } from '../connection';
import { pageArgs, pageComplexity } from '../page-args';
import { StateRef } from '../refs';

const StateConnection = connectionOf({ type: StateRef, name: 'StateConnection', noun: 'states' });

const StateFilter = builder.inputType('StateFilter', {
  description: 'Narrows a list of states; all given fields must match.',
  fields: (t) => ({
    region: t.string({ description: 'UN M49 region, any case, for example "Asia".' }),
    subregion: t.string({
      description: 'UN M49 subregion, any case, for example "South-eastern Asia".',
    }),
    signed: t.id({ description: 'Only states that signed the declaration with this id.' }),
  }),
});

builder.queryFields((t) => ({
  states: t.field({
    type: StateConnection,
    description: 'States by name, a page at a time.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: StateFilter, description: 'Narrows the list.' }),
    },
    complexity: pageComplexity,
    resolve: (_root, args, context) =>
      loadPage<StateRecord>(
        context.read,
        statesPageQuery({ filter: args.filter, page: resolvePage('State', args) }),
      ),
  }),
  state: t.field({
    type: StateRef,
    nullable: true,
    description: 'The state with this ISO 3166-1 alpha-3 code (any case), or null.',
    args: { code: t.arg.string({ required: true, description: 'For example "LAO" or "lao".' }) },
    resolve: (_root, args) => args.code.trim().toUpperCase(),
  }),
}));
