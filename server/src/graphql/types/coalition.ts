import { AppError } from '../../errors';
import type { CoalitionRecord } from '../../loaders/co-signature-network';
import { builder } from '../builder';
import { EXPENSIVE } from '../expensive-fields';
import { selectsField } from '../selects-field';
import { DeclarationRef, StateRef } from '../refs';

export const CoalitionFilterInput = builder.inputType('CoalitionFilter', {
  description:
    'Which signatures the co-signature network is built from; all given fields must match.',
  fields: (t) => ({
    declarations: t.idList({
      description: 'Only these declarations (ids); absent or empty means every declaration.',
    }),
    from: t.field({
      type: 'Date',
      description: 'Only declarations adopted on or after this date.',
    }),
    to: t.field({ type: 'Date', description: 'Only declarations adopted on or before this date.' }),
    regions: t.stringList({
      description: 'Only states in these UN M49 regions, any case, for example ["Asia"].',
    }),
  }),
});

export const MAX_RESOLUTION = 10;

/** Louvain's resolution: positive and bounded (beyond 10 every state is its own coalition). */
export function checkResolution(resolution: number | null | undefined): number | undefined {
  if (resolution === null || resolution === undefined) return undefined;
  if (!(resolution > 0 && resolution <= MAX_RESOLUTION)) {
    throw new AppError(
      'BAD_USER_INPUT',
      `resolution must be above 0 and at most ${MAX_RESOLUTION}.`,
      {
        details: { argument: 'resolution' },
      },
    );
  }
  return resolution;
}

export const resolutionArgDescription =
  'Louvain resolution: 1 (default) is classic modularity, higher gives smaller coalitions, ' +
  `lower larger ones; above 0 and at most ${MAX_RESOLUTION}.`;

const CoalitionRef = builder.objectRef<CoalitionRecord>('Coalition');
CoalitionRef.implement({
  description:
    'A community of the weighted co-signature network (states as nodes, shared declarations ' +
    'as edge weights), detected by Louvain modularity optimisation with a fixed seed.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Stable id: a hash of the sorted member codes, so the same members give the same id.',
    }),
    size: t.int({ description: 'How many states it has.', resolve: (c) => c.members.length }),
    members: t.field({
      type: [StateRef],
      description: 'Its states, by name.',
      resolve: (c) => c.states,
    }),
    declarations: t.field({
      type: [DeclarationRef],
      description:
        'The declarations that bind it: those signed by at least two members, most members first, then newest.',
      resolve: (c) => c.declarations,
    }),
    cohesion: t.float({
      description:
        'Share of the members’ co-signature weight that stays inside the coalition: internal ' +
        'weight / (internal + outgoing weight), from 0 to 1; 1 means its members co-signed ' +
        'with nobody outside it.',
      resolve: (c) => c.cohesion,
    }),
    internalWeight: t.int({
      description: 'Shared declarations summed over pairs of members.',
      resolve: (c) => c.internalWeight,
    }),
    externalWeight: t.int({
      description: 'Shared declarations summed over pairs of a member and a state outside.',
      resolve: (c) => c.externalWeight,
    }),
  }),
});

builder.queryFields((t) => ({
  coalitions: t.field({
    type: [CoalitionRef],
    description:
      'Coalitions: communities of states that sign declarations together, largest first. ' +
      'Deterministic: the same data and arguments give the same coalitions and ids.',
    args: {
      filter: t.arg({ type: CoalitionFilterInput, description: 'Which signatures count.' }),
      resolution: t.arg.float({ description: resolutionArgDescription }),
    },
    extensions: EXPENSIVE,
    complexity: { field: 5, multiplier: 10 },
    resolve: async (...[, args, context, info]) => {
      const resolution = checkResolution(args.resolution);
      // The binding declarations are most of a result: computed, carried from the worker and
      // cached only for a query that selects them.
      const declarations = selectsField(info, 'declarations');
      return context.heavy({
        task: 'coalitions',
        args: { filter: args.filter ?? {}, resolution, declarations },
      });
    },
  }),
}));
