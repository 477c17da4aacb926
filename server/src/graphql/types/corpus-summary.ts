import { corpusSummaryQuery } from '../../cypher/corpus-summary';
import type { CorpusSummaryRecord } from '../../cypher/corpus-summary';
import { builder } from '../builder';

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
