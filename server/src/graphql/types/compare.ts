import { comparedSetsQuery } from '../../cypher/compare';
import { AppError } from '../../errors';
import type { StateRecord } from '../../records';
import { builder } from '../builder';
import { StateRef } from '../refs';

type ComparisonRecord = { both: StateRecord[]; onlyA: StateRecord[]; onlyB: StateRecord[] };

const ComparisonRef = builder.objectRef<ComparisonRecord>('Comparison');
ComparisonRef.implement({
  description: 'How the states of two declarations or instruments overlap, each list by name.',
  fields: (t) => ({
    both: t.field({
      type: [StateRef],
      description: 'States in both sets.',
      resolve: (c) => c.both,
    }),
    onlyA: t.field({
      type: [StateRef],
      description: 'States in the set of `a` only.',
      resolve: (c) => c.onlyA,
    }),
    onlyB: t.field({
      type: [StateRef],
      description: 'States in the set of `b` only.',
      resolve: (c) => c.onlyB,
    }),
  }),
});

const byName = (x: StateRecord, y: StateRecord) =>
  x.name < y.name ? -1 : x.name > y.name ? 1 : x.code < y.code ? -1 : x.code > y.code ? 1 : 0;

builder.queryFields((t) => ({
  compare: t.field({
    type: ComparisonRef,
    description:
      'Compares the states of two declarations or instruments: signatories of a declaration; ' +
      'for an instrument, states whose consent to be bound took effect by `asOf` and had not ' +
      'withdrawn by then. Unknown ids are NOT_FOUND errors.',
    args: {
      a: t.arg.id({ required: true, description: 'Id of a declaration or an instrument.' }),
      b: t.arg.id({ required: true, description: 'Id of a declaration or an instrument.' }),
      asOf: t.arg({
        type: 'Date',
        description:
          'Date at which instrument parties count; null means any consent, no withdrawal.',
      }),
    },
    resolve: async (_root, args, context) => {
      const rows = await context.read<{ id: string; found: boolean; states: StateRecord[] }>(
        comparedSetsQuery({ ids: [args.a, args.b], asOf: args.asOf ?? null }),
      );
      const setOf = (id: string) => {
        const row = rows.find((r) => r.id === id);
        if (!row?.found) {
          throw new AppError('NOT_FOUND', `No declaration or instrument has id "${id}".`, {
            details: { id },
          });
        }
        return new Map(row.states.map((s) => [s.code, s]));
      };
      const a = setOf(args.a);
      const b = setOf(args.b);
      return {
        both: [...a.values()].filter((s) => b.has(s.code)).sort(byName),
        onlyA: [...a.values()].filter((s) => !b.has(s.code)).sort(byName),
        onlyB: [...b.values()].filter((s) => !a.has(s.code)).sort(byName),
      };
    },
  }),
}));
