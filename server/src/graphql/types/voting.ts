import { partyOn } from '../../analysis/treaty-status';
import { affinity, voteMatrix } from '../../analysis/voting-affinity';
import type { RollCallVotes, VoteMatrix } from '../../analysis/voting-affinity';
import {
  alignment,
  MIN_VOTES_COMPARED,
  TIE_NEIGHBOURS,
  votingBlocs,
  votingTies,
} from '../../analysis/voting-blocs';
import type { MemberAlignment, VotingBloc } from '../../analysis/voting-blocs';
import type { Context } from '../../context';
import {
  declarationVotersQuery,
  pairAffinityByYearQuery,
  pairAffinityQuery,
  stateVotesQuery,
  voteMatrixQuery,
} from '../../cypher/votes';
import type { VoteWindow } from '../../cypher/votes';
import { AppError } from '../../errors';
import type { InstrumentRecord, RelationshipRecord, RollCallRecord } from '../../records';
import { builder } from '../builder';
import { participationFacts } from '../participation-facts';
import { InstrumentRef, StateRef } from '../refs';
import { checkResolution, resolutionArgDescription } from './coalition';
import { checkWindow, issueArgDescription, VoteRef } from './roll-call';

type AffinityRecord = { agreement: number | null; votesCompared: number };

const AffinityRef = builder.objectRef<AffinityRecord>('VotingAffinity');
AffinityRef.implement({
  description:
    'How often two states voted alike in General Assembly roll calls: `agreement` is the share ' +
    'of the roll calls in the window on which both voted (YES, NO or ABSTAIN; an absence is no ' +
    'vote) where they cast the same choice.',
  fields: (t) => ({
    agreement: t.float({
      nullable: true,
      description: 'Same choice / votesCompared, 0 to 1; null when they never both voted.',
      resolve: (a) => a.agreement,
    }),
    votesCompared: t.exposeInt('votesCompared', {
      description: 'Roll calls in the window on which both states voted.',
    }),
  }),
});

type YearAffinity = AffinityRecord & { year: number };

const YearAffinityRef = builder.objectRef<YearAffinity>('YearAffinity');
YearAffinityRef.implement({
  description: 'Two states’ voting affinity in one calendar year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the roll calls.' }),
    agreement: t.float({
      nullable: true,
      description: 'Same choice / votesCompared that year, 0 to 1.',
      resolve: (a) => a.agreement,
    }),
    votesCompared: t.exposeInt('votesCompared', {
      description: 'Roll calls that year on which both states voted.',
    }),
  }),
});

const FROM = 'Only roll calls on or after this date.';
const TO = 'Only roll calls on or before this date.';

async function loadMatrix(context: Context, window: VoteWindow): Promise<VoteMatrix> {
  return voteMatrix(await context.read<RollCallVotes>(voteMatrixQuery(window)));
}

builder.objectFields(StateRef, (t) => ({
  votes: t.field({
    type: [VoteRef],
    description: 'This state’s General Assembly votes in a window, newest first.',
    args: {
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
    },
    complexity: { field: 5, multiplier: 100 },
    resolve: async (s, args, context) => {
      const rows = await context.read<{ rollCall: RollCallRecord; rel: RelationshipRecord }>(
        stateVotesQuery({ code: s.code, ...checkWindow(args) }),
      );
      return rows.map((row) => ({ state: s, rollCall: row.rollCall, rel: row.rel }));
    },
  }),
  votingAffinity: t.field({
    type: AffinityRef,
    description:
      'How often this state voted as another in General Assembly roll calls over a window ' +
      '(see VotingAffinity for the definition).',
    args: {
      with: t.arg.string({ required: true, description: 'The other state’s code, any case.' }),
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
    },
    resolve: async (s, args, context) => {
      const [row] = await context.read<{ agreed: number; compared: number }>(
        pairAffinityQuery({ a: s.code, b: args.with.toUpperCase(), ...checkWindow(args) }),
      );
      return affinity(row?.agreed ?? 0, row?.compared ?? 0);
    },
  }),
  votingAffinityByYear: t.field({
    type: [YearAffinityRef],
    description:
      'votingAffinity year by year (a line chart of it), oldest first; years in which the two ' +
      'states never both voted are left out.',
    args: {
      with: t.arg.string({ required: true, description: 'The other state’s code, any case.' }),
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
    },
    complexity: { field: 2, multiplier: 75 },
    resolve: async (s, args, context) => {
      const rows = await context.read<{ year: number; agreed: number; compared: number }>(
        pairAffinityByYearQuery({ a: s.code, b: args.with.toUpperCase(), ...checkWindow(args) }),
      );
      return rows.map((row) => ({ year: row.year, ...affinity(row.agreed, row.compared) }));
    },
  }),
}));

const VotingBlocRef = builder.objectRef<VotingBloc>('VotingBloc');
VotingBlocRef.implement({
  description:
    'A community of the affinity graph of General Assembly votes (states as nodes, pairs that ' +
    `voted together at least ${MIN_VOTES_COMPARED} times as edges weighted by their agreement), ` +
    'detected by Louvain modularity optimisation with a fixed seed.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Stable id: a hash of the sorted member codes, so the same members give the same id.',
    }),
    size: t.int({ description: 'How many states it has.', resolve: (b) => b.members.length }),
    members: t.field({
      type: [StateRef],
      description: 'Its states, by code.',
      resolve: (b) => b.members,
    }),
    cohesion: t.float({
      description: 'Mean agreement over pairs of members, 0 to 1 (1 for a bloc of one state).',
      resolve: (b) => b.cohesion,
    }),
    outsideAgreement: t.float({
      nullable: true,
      description: 'Mean agreement of members with states outside the bloc.',
      resolve: (b) => b.outsideAgreement,
    }),
  }),
});

type TieRecord = ReturnType<typeof votingTies>[number];

const VotingTieRef = builder.objectRef<TieRecord>('VotingTie');
VotingTieRef.implement({
  description:
    'Two states that vote alike: an edge of the affinity graph voting blocs are found in.',
  fields: (t) => ({
    source: t.field({
      type: StateRef,
      description: 'The state whose code sorts first.',
      resolve: (p) => p.source,
    }),
    target: t.field({ type: StateRef, description: 'The other state.', resolve: (p) => p.target }),
    agreement: t.float({
      description: 'Their agreement over the window, 0 to 1 (see VotingAffinity).',
      resolve: (p) => p.agreement,
    }),
    votesCompared: t.exposeInt('votesCompared', {
      description: 'Roll calls in the window on which both voted.',
    }),
  }),
});

const MemberAlignmentRef = builder.objectRef<MemberAlignment>('MemberAlignment');
MemberAlignmentRef.implement({
  description: 'A state’s mean agreement with the members of a set of states.',
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (m) => m.state }),
    agreement: t.float({
      nullable: true,
      description: 'Mean of its agreement with each member (itself left out), 0 to 1.',
      resolve: (m) => m.agreement,
    }),
    votesCompared: t.exposeInt('votesCompared', {
      description: 'Roll calls it and a member both voted on, summed over the members.',
    }),
  }),
});

type NotPartyRecord = MemberAlignment & { signatory: boolean; instruments: InstrumentRecord[] };

const NotPartyRef = builder.objectRef<NotPartyRecord>('VotesWithButNotParty');
NotPartyRef.implement({
  description:
    'A state that votes with the set at least as closely as its members do on average, yet is ' +
    'not party to every instrument the declaration cites.',
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (m) => m.state }),
    agreement: t.float({
      nullable: true,
      description: 'Its mean agreement with the members, 0 to 1.',
      resolve: (m) => m.agreement,
    }),
    signatory: t.boolean({
      description: 'Whether it is a member of the set (a signatory of the declaration).',
      resolve: (m) => m.signatory,
    }),
    instruments: t.field({
      type: [InstrumentRef],
      description: 'The cited instruments it is not party to on the window’s end date.',
      resolve: (m) => m.instruments,
    }),
  }),
});

type AlignmentRecord = ReturnType<typeof alignment> & { notParty: NotPartyRecord[] };

const AlignmentRef = builder.objectRef<AlignmentRecord>('VoteAlignment');
AlignmentRef.implement({
  description:
    'How a set of states (a declaration’s signatories, say) votes together in the General ' +
    'Assembly over a window.',
  fields: (t) => ({
    meanAgreement: t.float({
      nullable: true,
      description: 'Mean over pairs of members of their agreement, 0 to 1.',
      resolve: (a) => a.meanAgreement,
    }),
    members: t.field({
      type: [MemberAlignmentRef],
      description:
        'Each member with votes in the window and its mean agreement with the rest, most aligned first.',
      resolve: (a) => a.members,
    }),
    mostAligned: t.field({
      type: MemberAlignmentRef,
      nullable: true,
      description: 'The member most aligned with the rest.',
      resolve: (a) => a.members[0] ?? null,
    }),
    leastAligned: t.field({
      type: MemberAlignmentRef,
      nullable: true,
      description: 'The member least aligned with the rest.',
      resolve: (a) => a.members.at(-1) ?? null,
    }),
    withoutVotes: t.field({
      type: [StateRef],
      description: 'Members with no vote in the window.',
      resolve: (a) => a.withoutVotes,
    }),
    votingWith: t.field({
      type: [MemberAlignmentRef],
      description:
        'States outside the set whose mean agreement with the members is at least `meanAgreement`, most aligned first.',
      resolve: (a) => a.votingWith,
    }),
    votesWithButNotParty: t.field({
      type: [NotPartyRef],
      description:
        'Of the members and of `votingWith`, those that vote with the set at least as closely ' +
        'as `meanAgreement` but are not party to every instrument the declaration cites ' +
        '(empty without a declaration).',
      resolve: (a) => a.notParty,
    }),
  }),
});

type DeclarationVoters = {
  members: string[];
  instruments: {
    instrument: InstrumentRecord;
    parties: { code: string; rel: RelationshipRecord }[];
  }[];
};

/** The cited instruments each state is not party to on `asOf`. */
function notPartyTo(declaration: DeclarationVoters, asOf: string | null) {
  return (code: string) =>
    declaration.instruments
      .filter(({ instrument, parties }) => {
        const rel = parties.find((p) => p.code === code)?.rel;
        return !rel || partyOn(asOf, participationFacts(rel, instrument.entryIntoForceOn)) !== true;
      })
      .map(({ instrument }) => instrument);
}

builder.queryFields((t) => ({
  votingBlocs: t.field({
    type: [VotingBlocRef],
    description:
      'Voting blocs: communities of states that vote alike in the General Assembly, largest ' +
      'first. Deterministic: the same votes and arguments give the same blocs and ids.',
    args: {
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
      resolution: t.arg.float({ description: resolutionArgDescription }),
    },
    complexity: { field: 10, multiplier: 10 },
    resolve: async (_root, args, context) => {
      const resolution = checkResolution(args.resolution);
      const matrix = await loadMatrix(context, checkWindow(args));
      return votingBlocs(matrix, { ...(resolution && { resolution }) });
    },
  }),
  votingTies: t.field({
    type: [VotingTieRef],
    description:
      'The strong ties of the voting affinity graph, to draw it: pairs of states that voted ' +
      `together at least ${MIN_VOTES_COMPARED} times with agreement of at least \`minAgreement\`, ` +
      'of which one is among the other’s `neighbours` most-agreeing partners. Ordered by codes.',
    args: {
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
      minAgreement: t.arg.float({
        required: true,
        description: 'The weakest agreement drawn, 0 to 1, for example 0.85.',
      }),
      neighbours: t.arg.int({
        description: `Closest partners kept per state, 1 to 50, default ${TIE_NEIGHBOURS}.`,
      }),
    },
    complexity: { field: 10, multiplier: 10 },
    resolve: async (_root, args, context) => {
      const { minAgreement, neighbours } = args;
      if (!(minAgreement >= 0 && minAgreement <= 1)) {
        throw new AppError('BAD_USER_INPUT', 'minAgreement must be from 0 to 1.', {
          details: { argument: 'minAgreement' },
        });
      }
      if (
        neighbours !== null &&
        neighbours !== undefined &&
        !(neighbours >= 1 && neighbours <= 50)
      ) {
        throw new AppError('BAD_USER_INPUT', 'neighbours must be from 1 to 50.', {
          details: { argument: 'neighbours' },
        });
      }
      const matrix = await loadMatrix(context, checkWindow(args));
      return votingTies(matrix, { minAgreement, ...(neighbours && { neighbours }) });
    },
  }),
  voteAlignment: t.field({
    type: AlignmentRef,
    description:
      'The coalition check: how the signatories of a declaration, or any set of states, vote ' +
      'together in the General Assembly over a window; who is most and least aligned; who ' +
      'votes with them but is not party to the instruments the declaration cites.',
    args: {
      declaration: t.arg.id({ description: 'A declaration id: its signatories are the set.' }),
      states: t.arg.stringList({ description: 'State codes, any case, added to the set.' }),
      from: t.arg({ type: 'Date', description: FROM }),
      to: t.arg({ type: 'Date', description: TO }),
      issue: t.arg.string({ description: issueArgDescription }),
    },
    complexity: { field: 10, multiplier: 10 },
    resolve: async (_root, args, context) => {
      const window = checkWindow(args);
      let declaration: DeclarationVoters = { members: [], instruments: [] };
      if (args.declaration) {
        const [row] = await context.read<DeclarationVoters>(
          declarationVotersQuery(args.declaration),
        );
        if (!row) {
          throw new AppError('NOT_FOUND', `No declaration has id "${args.declaration}".`, {
            details: { id: args.declaration },
          });
        }
        declaration = row;
      }
      const set = [...declaration.members, ...(args.states ?? []).map((s) => s.toUpperCase())];
      if (set.length < 2) {
        throw new AppError('BAD_USER_INPUT', 'The set needs at least two states.', {
          details: { argument: 'states' },
        });
      }
      const result = alignment(await loadMatrix(context, window), set);
      const missing = notPartyTo(declaration, window.to ?? null);
      const threshold = result.meanAgreement;
      const notParty =
        threshold === null || declaration.instruments.length === 0
          ? []
          : [
              ...result.members.map((m) => ({ ...m, signatory: true })),
              ...result.votingWith.map((m) => ({ ...m, signatory: false })),
            ]
              .filter((m) => m.agreement !== null && m.agreement >= threshold)
              .map((m) => ({ ...m, instruments: missing(m.state) }))
              .filter((m) => m.instruments.length > 0);
      return { ...result, notParty };
    },
  }),
}));
