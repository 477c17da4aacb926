import { getArgumentValues, isObjectType } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_CO_SIGNATORIES, MAX_CO_SIGNATORIES } from '../../cypher/co-signatories';
import { resolvePage } from '../../cypher/page';
import { statesPageQuery } from '../../cypher/states-page';
import type { StateRecord } from '../../records';
import { loadStateWithCoSignatories } from '../../loaders/co-signatories';
import type { CoSignatoriesOptions } from '../../loaders/co-signatories';
import { loadPage } from '../../loaders/page';
import { builder } from '../builder';
import { connectionOf } from '../connection';
import { pageArgs, pageComplexity } from '../page-args';
import { StateRef } from '../refs';
import { selectedSubfields, selectsField } from '../selects-field';

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

/**
 * What `State.coSignatories` will ask its loader for, when the selection holds it exactly once
 * with a valid `first`; null otherwise (the field then reads, or refuses, on its own).
 */
function coSignatoriesAsked(info: GraphQLResolveInfo): CoSignatoriesOptions | null {
  const nodes = selectedSubfields(info, 'coSignatories');
  const [node] = nodes;
  const state = info.schema.getType('State');
  const definition = isObjectType(state) ? state.getFields().coSignatories : undefined;
  if (!node || nodes.length > 1 || !definition) return null;
  const { first } = getArgumentValues(definition, node, info.variableValues) as {
    first?: number | null;
  };
  const count = first ?? DEFAULT_CO_SIGNATORIES;
  if (count < 0 || count > MAX_CO_SIGNATORIES) return null;
  return { first: count, withShared: selectedSubfields(info, 'shared', nodes).length > 0 };
}

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
    // Asked with its co-signatories, the state is read with them in one round trip.
    resolve: (...[, args, context, info]) => {
      const code = args.code.trim().toUpperCase();
      const coSignatories = coSignatoriesAsked(info);
      if (!coSignatories) return code;
      return loadStateWithCoSignatories(context, {
        code,
        ...coSignatories,
        withBulky: selectsField(info, 'aliases'),
      });
    },
  }),
}));
