import { compareStandings, type StateComparison } from '../../analysis/compare-standings';
import type { Standing } from '../../analysis/compare-standings';
import { partyOn } from '../../analysis/treaty-status';
import { comparedSetsQuery } from '../../cypher/compare';
import { fromPairs } from '../../cypher/slim-properties';
import { AppError } from '../../errors';
import type { RelationshipRecord, StateRecord } from '../../records';
import { builder } from '../builder';
import { participationFacts } from '../participation-facts';
import { StateRef } from '../refs';

type ComparedSetRow = {
  id: string;
  found: boolean;
  entryIntoForceOn: string | null;
  members: { state: [string, unknown][]; rel: RelationshipRecord | null }[];
};

const ComparisonRef = builder.objectRef<StateComparison<StateRecord>>('Comparison');
ComparisonRef.implement({
  description:
    'How the states of two declarations or instruments overlap, each list by name. Every ' +
    'state appears in at most one list.',
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
    undetermined: t.field({
      type: [StateRef],
      description:
        'States whose standing towards `a` or `b` on `asOf` cannot be decided from the data: a ' +
        'consent recorded without its date, asked about before the evidence for it (status ' +
        '`UNKNOWN` in `Instrument.statusAsOf`). They are in none of the other lists.',
      resolve: (c) => c.undetermined,
    }),
  }),
});

/** Membership of each state on `asOf`: signatories always; parties by `statusAsOf`'s rule. */
function standings(row: ComparedSetRow, asOf: string | null): Standing<StateRecord>[] {
  return row.members.map(({ state, rel }) => ({
    state: fromPairs<StateRecord>(state),
    member: rel === null ? true : partyOn(asOf, participationFacts(rel, row.entryIntoForceOn)),
  }));
}

builder.queryFields((t) => ({
  compare: t.field({
    type: ComparisonRef,
    description:
      'Compares the states of two declarations, instruments or roll calls: signatories of a ' +
      'declaration; the YES voters of a roll call (`unga-5396`); ' +
      'for an instrument, its parties on `asOf` by the rule of `Instrument.statusAsOf` (status ' +
      '`BOUND` or `IN_FORCE`), states it cannot decide going to `undetermined`. Unknown ids ' +
      'are NOT_FOUND errors.',
    args: {
      a: t.arg.id({
        required: true,
        description: 'Id of a declaration, an instrument or a roll call.',
      }),
      b: t.arg.id({
        required: true,
        description: 'Id of a declaration, an instrument or a roll call.',
      }),
      asOf: t.arg({
        type: 'Date',
        description:
          'Date at which instrument parties count; null means any consent, dated or not, ' +
          'never withdrawn.',
      }),
    },
    resolve: async (_root, args, context) => {
      const rows = await context.read<ComparedSetRow>(comparedSetsQuery({ ids: [args.a, args.b] }));
      const standingsOf = (id: string) => {
        const row = rows.find((r) => r.id === id);
        if (!row?.found) {
          throw new AppError(
            'NOT_FOUND',
            `No declaration, instrument or roll call has id "${id}".`,
            {
              details: { id },
            },
          );
        }
        return standings(row, args.asOf ?? null);
      };
      return compareStandings(standingsOf(args.a), standingsOf(args.b));
    },
  }),
}));
