import { compareStandings, type StateComparison } from '../../analysis/compare-standings';
import type { ComparedSet } from '../../analysis/compare-standings';
import { completeTable, partyOn } from '../../analysis/treaty-status';
import type { Coverage } from '../../analysis/treaty-status';
import { comparedSetsQuery } from '../../cypher/compare';
import { nodeRecord } from '../../cypher/slim-properties';
import { AppError } from '../../errors';
import type { RelationshipRecord, StateRecord } from '../../records';
import { builder } from '../builder';
import { participationFacts } from '../participation-facts';
import { SourceRef, StateRef } from '../refs';
import { READS_KEY_ONLY } from '../projection';

type ComparedSetRow = {
  id: string;
  found: boolean;
  instrument: boolean;
  entryIntoForceOn: string | null;
  tables: Coverage[];
  members: { state: [string, unknown][] | object; rel: RelationshipRecord | null }[];
};

/** What one side's data is: complete or not, and the table or records it rests on. */
type SideRecord = {
  id: string;
  complete: boolean;
  table: Coverage | null;
  recordsAsOf: string | null;
};

const ComparedSideRef = builder.objectRef<SideRecord>('ComparedSide');
ComparedSideRef.implement({
  description:
    'What one side of a comparison rests on: whether a state it has no record of is known to ' +
    'be outside its set.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The declaration, instrument or roll call.' }),
    complete: t.exposeBoolean('complete', {
      description:
        'True for a declaration’s signatories, a roll call’s votes and an instrument with a ' +
        'complete table (`Instrument.coveredBy`): a state it has no record of is not in its ' +
        'set. False for an instrument whose records are partial.',
    }),
    source: t.field({
      extensions: READS_KEY_ONLY,
      type: SourceRef,
      nullable: true,
      description: 'For an instrument with a complete table, that table’s source.',
      resolve: (side) => side.table?.source ?? null,
    }),
    asOf: t.field({
      extensions: READS_KEY_ONLY,
      type: 'Date',
      nullable: true,
      description:
        'For an instrument, the date its data is as at: the complete table’s, else the newest ' +
        'record’s.',
      resolve: (side) => side.table?.asOf ?? side.recordsAsOf,
    }),
  }),
});

type ComparisonRecord = StateComparison<StateRecord> & { a: SideRecord; b: SideRecord };

const ComparisonRef = builder.objectRef<ComparisonRecord>('Comparison');
ComparisonRef.implement({
  description:
    'How the states of two declarations or instruments overlap, each list by name. Every ' +
    'state appears in at most one list.',
  fields: (t) => ({
    a: t.field({
      type: ComparedSideRef,
      description: 'What `a` rests on.',
      extensions: READS_KEY_ONLY,
      resolve: (c) => c.a,
    }),
    b: t.field({
      type: ComparedSideRef,
      description: 'What `b` rests on.',
      extensions: READS_KEY_ONLY,
      resolve: (c) => c.b,
    }),
    both: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description: 'States in both sets.',
      resolve: (c) => c.both,
    }),
    onlyA: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description: 'States in the set of `a` only.',
      resolve: (c) => c.onlyA,
    }),
    onlyB: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description: 'States in the set of `b` only.',
      resolve: (c) => c.onlyB,
    }),
    undetermined: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description:
        'States whose standing towards `a` or `b` on `asOf` cannot be decided from the data: a ' +
        'consent recorded without its date, asked about before the evidence for it (status ' +
        '`UNKNOWN` in `Instrument.statusAsOf`). They are in none of the other lists.',
      resolve: (c) => c.undetermined,
    }),
    noRecordInA: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description:
        'States in the set of `b` of which `a`, an instrument without a complete table, has no ' +
        'record (status `NO_RECORD`): they may be in both. Not in `onlyB`.',
      resolve: (c) => c.noRecordInA,
    }),
    noRecordInB: t.field({
      extensions: READS_KEY_ONLY,
      type: [StateRef],
      description:
        'States in the set of `a` of which `b`, an instrument without a complete table, has no ' +
        'record (status `NO_RECORD`): they may be in both. Not in `onlyA`.',
      resolve: (c) => c.noRecordInB,
    }),
  }),
});

/**
 * Membership of each state on `asOf`: signatories always; parties by `statusAsOf`'s rule. A
 * side is complete unless it is an instrument that no complete table covers.
 */
function comparedSet(
  row: ComparedSetRow,
  asOf: string | null,
): ComparedSet<StateRecord> & SideRecord {
  const table = completeTable(row.tables);
  const recordsAsOf = row.members
    .map(({ rel }) => (rel && typeof rel.asOf === 'string' ? rel.asOf : ''))
    .reduce((newest, date) => (date > newest ? date : newest), '');
  return {
    id: row.id,
    complete: table !== null || !row.instrument,
    table,
    recordsAsOf: recordsAsOf || null,
    standings: row.members.map(({ state, rel }) => ({
      state: nodeRecord<StateRecord>(state),
      member: rel === null ? true : partyOn(asOf, participationFacts(rel, row.entryIntoForceOn)),
    })),
  };
}

builder.queryFields((t) => ({
  compare: t.field({
    type: ComparisonRef,
    description:
      'Compares the states of two declarations, instruments or roll calls: signatories of a ' +
      'declaration; the YES voters of a roll call (`unga-5396`); ' +
      'for an instrument, its parties on `asOf` by the rule of `Instrument.statusAsOf` (status ' +
      '`BOUND` or `IN_FORCE`), states it cannot decide going to `undetermined`, and members of ' +
      'the other set it has no record of, when no complete table covers it, going to ' +
      '`noRecordInA` or `noRecordInB` rather than "only" in the other. Unknown ids are ' +
      'NOT_FOUND errors.',
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
      const rows = await context.read<ComparedSetRow>(
        comparedSetsQuery({ ids: [args.a, args.b], properties: context.projection.of('State') }),
      );
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
        return comparedSet(row, args.asOf ?? null);
      };
      const [a, b] = [standingsOf(args.a), standingsOf(args.b)];
      return { ...compareStandings(a, b), a, b };
    },
  }),
}));
