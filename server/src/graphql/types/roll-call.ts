import { rollCallIssues, voteChoices } from '@treatygraph/schema';
import type { VoteChoice } from '@treatygraph/schema';
import { resolvePage } from '../../cypher/page';
import { fromPairs } from '../../cypher/slim-properties';
import { symbolForms } from '../../analysis/resolution-symbol';
import {
  instrumentsBySymbolQuery,
  rollCallsBySymbolQuery,
  rollCallsPageQuery,
  rollCallVotesQuery,
  tallyQuery,
} from '../../cypher/votes';
import type { VoteWindow } from '../../cypher/votes';
import { AppError } from '../../errors';
import { loadPage } from '../../loaders/page';
import type {
  InstrumentRecord,
  RelationshipRecord,
  RollCallRecord,
  StateRecord,
} from '../../records';
import { builder } from '../builder';
import { connectionOf } from '../connection';
import { describeKind, describeProperty, describeRelationship } from '../describe';
import { pageArgs, pageComplexity } from '../page-args';
import { EvidenceRef, InstrumentRef, RollCallRef, StateRef } from '../refs';
import { evidenceOf } from '../relationship-values';

const describe = (property: string) => describeProperty('RollCall', property);

export const VoteChoiceEnum = builder.enumType('VoteChoice', {
  description: 'A state’s vote in a roll call. Absence is no vote at all.',
  values: Object.fromEntries(
    voteChoices.map((c) => [c, { value: c, description: `Voted ${c}.` }]),
  ) as Record<VoteChoice, { value: VoteChoice; description: string }>,
});

export type VoteRecord = {
  state: StateRecord | string;
  rollCall: RollCallRecord | string;
  rel: RelationshipRecord;
};

export const VoteRef = builder.objectRef<VoteRecord>('Vote');
VoteRef.implement({
  description: describeRelationship('VOTED'),
  fields: (t) => ({
    state: t.field({
      type: StateRef,
      description: 'The state that voted.',
      resolve: (v) => v.state,
    }),
    rollCall: t.field({
      type: RollCallRef,
      description: 'The roll call.',
      resolve: (v) => v.rollCall,
    }),
    choice: t.field({
      type: VoteChoiceEnum,
      description: 'How the state voted.',
      resolve: (v) => v.rel.choice as VoteChoice,
    }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'The source of the vote.',
      resolve: (v) => evidenceOf(v.rel),
    }),
  }),
});

type Tally = { id: string; yes: number; no: number; abstain: number };

const TallyRef = builder.objectRef<Tally>('Tally');
TallyRef.implement({
  description: 'How many states voted each way in a roll call.',
  fields: (t) => ({
    yes: t.exposeInt('yes', { description: 'States that voted YES.' }),
    no: t.exposeInt('no', { description: 'States that voted NO.' }),
    abstain: t.exposeInt('abstain', { description: 'States that abstained.' }),
  }),
});

/** An issue code as the model knows it, or BAD_USER_INPUT. */
export function checkIssue(issue: string | null | undefined): string | null {
  if (issue === null || issue === undefined) return null;
  if (!Object.hasOwn(rollCallIssues, issue)) {
    throw new AppError(
      'BAD_USER_INPUT',
      `issue must be one of ${Object.keys(rollCallIssues).join(', ')}.`,
      { details: { argument: 'issue' } },
    );
  }
  return issue;
}

/** A window with its issue checked and its bounds in order. */
export function checkWindow(window: VoteWindow): VoteWindow {
  if (window.from && window.to && window.from > window.to) {
    throw new AppError('BAD_USER_INPUT', 'from must not be after to.', {
      details: { argument: 'from' },
    });
  }
  return { from: window.from ?? null, to: window.to ?? null, issue: checkIssue(window.issue) };
}

export const issueArgDescription = `A topic code: ${Object.entries(rollCallIssues)
  .map(([code, name]) => `${code} (${name})`)
  .join(', ')}.`;

type RollCallIssue = { code: string; name: string };

const RollCallIssueRef = builder.objectRef<RollCallIssue>('RollCallIssue');
RollCallIssueRef.implement({
  description: 'A topic roll calls are tagged with, as the Voeten dataset codes it.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'What the `issue` arguments and `RollCall.issues` hold, for example hr.',
    }),
    name: t.exposeString('name', { description: 'What the topic is, for example Human rights.' }),
  }),
});

RollCallRef.implement({
  description: describeKind('RollCall'),
  fields: (t) => ({
    id: t.exposeID('id', { description: describe('id') }),
    date: t.field({ type: 'Date', description: describe('date'), resolve: (r) => r.date }),
    session: t.exposeInt('session', { nullable: true, description: describe('session') }),
    symbol: t.exposeString('symbol', { nullable: true, description: describe('symbol') }),
    title: t.exposeString('title', { nullable: true, description: describe('title') }),
    description: t.exposeString('description', {
      nullable: true,
      description: describe('description'),
    }),
    issues: t.stringList({ description: describe('issues'), resolve: (r) => r.issues ?? [] }),
    amendment: t.exposeBoolean('amendment', { nullable: true, description: describe('amendment') }),
    paragraph: t.exposeBoolean('paragraph', { nullable: true, description: describe('paragraph') }),
    important: t.exposeBoolean('important', { nullable: true, description: describe('important') }),
    tally: t.loadable({
      type: TallyRef,
      description: 'How many states voted YES, NO and ABSTAIN.',
      load: async (ids: string[], context) => {
        const rows = await context.read<Tally>(tallyQuery(ids));
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? { id, yes: 0, no: 0, abstain: 0 });
      },
      resolve: (r) => r.id,
    }),
    votes: t.field({
      type: [VoteRef],
      description: 'Each state’s vote, by state name; only one choice when `choice` is given.',
      args: { choice: t.arg({ type: VoteChoiceEnum, description: 'Only votes of this choice.' }) },
      resolve: async (r, args, context) => {
        const rows = await context.read<{ state: [string, unknown][]; rel: RelationshipRecord }>(
          rollCallVotesQuery({ ids: [r.id], choice: args.choice ?? null }),
        );
        return rows.map((row) => ({
          state: fromPairs<StateRecord>(row.state),
          rollCall: r,
          rel: row.rel,
        }));
      },
    }),
    instruments: t.field({
      type: [InstrumentRef],
      description:
        'Instruments of the registry on the resolution voted on (its symbol in the UN’s form or the vote data’s R/<session>/<number>).',
      resolve: async (r, _args, context) => {
        if (!r.symbol) return [];
        const rows = await context.read<{ instrument: InstrumentRecord }>(
          instrumentsBySymbolQuery(symbolForms(r.symbol)),
        );
        return rows.map((row) => row.instrument);
      },
    }),
  }),
});

builder.objectField(InstrumentRef, 'rollCalls', (t) =>
  t.field({
    type: [RollCallRef],
    description:
      'General Assembly roll calls on this instrument’s resolution symbol, newest first.',
    resolve: async (i, _args, context) => {
      if (!i.symbol) return [];
      const rows = await context.read<{ rollCall: RollCallRecord }>(
        rollCallsBySymbolQuery(symbolForms(i.symbol)),
      );
      return rows.map((row) => row.rollCall);
    },
  }),
);

const RollCallConnection = connectionOf({
  type: RollCallRef,
  name: 'RollCallConnection',
  noun: 'roll calls',
});

const RollCallFilter = builder.inputType('RollCallFilter', {
  description: 'Narrows a list of roll calls; all given fields must match.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'Only roll calls on or after this date.' }),
    to: t.field({ type: 'Date', description: 'Only roll calls on or before this date.' }),
    issue: t.string({ description: issueArgDescription }),
    important: t.boolean({
      description:
        'Only roll calls the US State Department marked important (true) or not (false).',
    }),
    symbol: t.string({
      description: 'Only roll calls on this resolution symbol, for example A/RES/74/19.',
    }),
  }),
});

builder.queryFields((t) => ({
  rollCallIssues: t.field({
    type: [RollCallIssueRef],
    description: 'Every topic a roll call can be tagged with: the codes `issue` arguments take.',
    resolve: (): RollCallIssue[] =>
      Object.entries(rollCallIssues).map(([code, name]) => ({ code, name })),
  }),
  rollCall: t.field({
    type: RollCallRef,
    nullable: true,
    description: 'The General Assembly roll call with this id, or null.',
    args: { id: t.arg.id({ required: true, description: 'For example "unga-5396".' }) },
    resolve: (_root, args) => args.id,
  }),
  rollCalls: t.field({
    type: RollCallConnection,
    description: 'General Assembly roll calls, newest first, a page at a time.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: RollCallFilter, description: 'Narrows the list.' }),
    },
    complexity: pageComplexity,
    resolve: (_root, args, context) => {
      const filter = args.filter ?? {};
      const window = checkWindow(filter);
      return loadPage<RollCallRecord>(
        context.read,
        rollCallsPageQuery({
          filter: { ...filter, ...window },
          page: resolvePage('RollCall', args),
        }),
      );
    },
  }),
}));
