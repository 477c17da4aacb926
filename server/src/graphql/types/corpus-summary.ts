import { corpusSummaryQuery } from '../../cypher/corpus-summary';
import type { CorpusSummaryRecord } from '../../cypher/corpus-summary';
import type { SourceLoadRecord } from '../../source-loads';
import { builder } from '../builder';

const SourceCountRef = builder.objectRef<{ what: string; count: number }>('SourceCount');
SourceCountRef.implement({
  description: 'How many of one kind of thing a source holds.',
  fields: (t) => ({
    what: t.exposeString('what', { description: 'instruments, claims, participations, votes…' }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const SourceLoadStateRef = builder.enumType('SourceLoadState', {
  description: 'Where the background import of one data source stands.',
  values: {
    PENDING: { value: 'pending', description: 'Waiting for the sources before it.' },
    LOADING: { value: 'loading', description: 'Being hashed and imported.' },
    LOADED: { value: 'loaded', description: 'In the graph (imported now or unchanged since).' },
    FAILED: { value: 'failed', description: 'Not imported; nothing of it was written.' },
  } as const,
});

const SourceLoadRef = builder.objectRef<SourceLoadRecord>('SourceLoad');
SourceLoadRef.implement({
  description: 'One folder of the data folder that `npm start` imports in the background.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The folder, e.g. untc-mtdsg-2015.' }),
    state: t.field({
      type: SourceLoadStateRef,
      description: 'Where its import stands.',
      resolve: (load) => load.state,
    }),
    message: t.string({
      nullable: true,
      description: 'Why it failed.',
      resolve: (load) => load.message ?? null,
    }),
    unchanged: t.boolean({
      description: 'True when its stored content hash matched, so it was not imported again.',
      resolve: (load) => load.unchanged ?? false,
    }),
    counts: t.field({
      type: [SourceCountRef],
      description: 'What it holds, as of its last import.',
      resolve: (load) =>
        Object.entries(load.counts ?? {}).map(([what, count]) => ({ what, count })),
    }),
    durationMs: t.int({
      nullable: true,
      description: 'How long its load took, once done.',
      resolve: (load) => load.durationMs ?? null,
    }),
  }),
});

const CorpusSummaryRef = builder.objectRef<CorpusSummaryRecord>('CorpusSummary');
CorpusSummaryRef.implement({
  description:
    'The whole graph in numbers, whatever a client has loaded: what an explorer needs to say how much it shows and which years it can ask for.',
  fields: (t) => ({
    declarations: t.exposeInt('declarations', { description: 'Declarations.' }),
    states: t.exposeInt('states', { description: 'States.' }),
    instruments: t.exposeInt('instruments', { description: 'Instruments.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations.' }),
    sources: t.exposeInt('sources', { description: 'Sources.' }),
    signatures: t.exposeInt('signatures', {
      description: 'Signatures of declarations by states (SIGNED relationships).',
    }),
    earliestAdoption: t.field({
      type: 'Date',
      nullable: true,
      description: 'Adoption date of the oldest dated declaration; null when none is dated.',
      resolve: (summary) => summary.earliestAdoption,
    }),
    sourceLoads: t.field({
      type: [SourceLoadRef],
      description:
        'The data sources being imported in the background, each with its state; empty when none is.',
      resolve: (_summary, _args, context) => [...context.sourceLoads()],
    }),
    latestAdoption: t.field({
      type: 'Date',
      nullable: true,
      description: 'Adoption date of the newest dated declaration; null when none is dated.',
      resolve: (summary) => summary.latestAdoption,
    }),
    earliestInstrumentAdoption: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Adoption date of the oldest dated instrument; null when none is dated. A time range can start there without listing every instrument.',
      resolve: (summary) => summary.earliestInstrumentAdoption,
    }),
  }),
});

builder.queryFields((t) => ({
  corpusSummary: t.field({
    type: CorpusSummaryRef,
    description: 'How many declarations, states, instruments and more the graph holds.',
    resolve: async (_root, _args, context) => {
      const [row] = await context.read<CorpusSummaryRecord>(corpusSummaryQuery());
      if (!row) throw new Error('the corpus summary query returned no row');
      return row;
    },
  }),
}));
